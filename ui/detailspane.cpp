#include "ui/detailspane.h"

#include "ui/errorbanner.h"
#include "ui/uilogging.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "models/valueformat.h"

#include <QHeaderView>
#include <QMap>
#include <QJsonArray>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ResellerDesk::Ui {

namespace {

namespace ValueFormat = Models::ValueFormat;

// Keys whose value names a nested object in a section title, in order of preference.
const QStringList titleKeys = { QStringLiteral("name"),   QStringLiteral("domain"),
                                QStringLiteral("item"),   QStringLiteral("file"),
                                QStringLiteral("subject"), QStringLiteral("post_date"),
                                QStringLiteral("id") };

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? DetailsPane::tr("Yes") : DetailsPane::tr("No");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 15);
    default:
        break;
    }
    const QString text = value.toString();
    const QDateTime dateTime = ValueFormat::parseDateTime(text);
    if (dateTime.isValid())
        return QLocale().toString(dateTime, QLocale::ShortFormat);
    return text;
}

QString objectTitle(const QJsonObject &object, int index)
{
    for (const QString &key : titleKeys) {
        const QString text = scalarText(object.value(key));
        if (!text.isEmpty())
            return text;
    }
    return DetailsPane::tr("Entry %1").arg(index + 1);
}

} // namespace

DetailsPane::DetailsPane(Models::Entity entity, Api::ApiClient *client, QWidget *parent)
    : QWidget(parent), m_spec(Models::entitySpec(entity)), m_client(client)
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("detailsTitle"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("detailsStatus"));
    m_statusLabel->setWordWrap(true);
    m_errorBanner = new ErrorBanner(this);
    connect(m_errorBanner, &ErrorBanner::retryRequested, this, &DetailsPane::reload);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("detailsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Field"), tr("Value") });
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_tree, 1);
    showItem({});
}

DetailsPane::~DetailsPane()
{
    abortReply();
}

void DetailsPane::showItem(const QJsonObject &listItem)
{
    abortReply();
    m_listItem = listItem;
    m_errorBanner->hide();
    if (listItem.isEmpty()) {
        m_tree->clear();
        m_titleLabel->setText(tr("No row selected"));
        setStatus(tr("Select a row to see its details."));
        return;
    }
    showObject(listItem, false);
    reload();
}

void DetailsPane::reload()
{
    abortReply();
    m_errorBanner->hide();
    if (m_listItem.isEmpty() || !m_client)
        return;
    const QJsonValue id = m_listItem.value(m_spec.idProperty);
    const QString idText = id.isDouble() ? QString::number(id.toDouble(), 'f', 0) : id.toString();
    if (idText.isEmpty()) {
        m_errorBanner->showMessage(tr("This row has no %1, so its details cannot be requested. "
                                      "Refresh the list and select the row again.")
                                           .arg(m_spec.idProperty),
                                   false);
        return;
    }
    Api::Payload payload;
    payload.insert(m_spec.detailsIdParameter, id);
    if (!m_spec.detailsRelations.isEmpty())
        payload.insert(QStringLiteral("with"), QJsonArray::fromStringList(m_spec.detailsRelations));
    setStatus(tr("Loading details…"));
    m_reply = m_client->call(m_spec.detailsCommand, payload);
    connect(m_reply, &Api::ApiReply::finished, this, &DetailsPane::handleReply);
}

void DetailsPane::handleReply()
{
    Api::ApiReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (!reply->isOk()) {
        const Api::ApiError error = reply->error();
        qCWarning(lcUi) << m_spec.detailsCommand << "failed:" << Api::ApiError::kindName(error.kind)
                        << error.httpStatus << error.detail;
        setStatus(tr("Showing the list values only."));
        m_errorBanner->showMessage(error.userMessage());
        emit loaded(false);
        return;
    }
    const QJsonObject details = unwrapDetails(reply->data());
    if (details.isEmpty()) {
        setStatus(tr("Showing the list values only."));
        m_errorBanner->showMessage(tr("%1 returned no details for this row. Refresh the list; "
                                      "the item may have been removed.")
                                           .arg(m_spec.detailsCommand));
        emit loaded(false);
        return;
    }
    showObject(details, true);
    emit loaded(true);
}

// order-details and ticket-details wrap the object in "order" and "ticket", and the others
// return it directly.
QJsonObject DetailsPane::unwrapDetails(const QJsonValue &data) const
{
    const QJsonObject object = data.toObject();
    if (object.size() == 1) {
        const QJsonValue inner = object.constBegin().value();
        if (inner.isObject() && !m_spec.columns.isEmpty()
            && !object.contains(m_spec.columns.first().key))
            return inner.toObject();
    }
    return object;
}

void DetailsPane::showObject(const QJsonObject &object, bool complete)
{
    m_tree->clear();
    m_currentObject = object;
    const QString id = scalarText(object.value(m_spec.idProperty));
    QString title = id;
    const QStringList titleKeys = m_spec.entity == Models::Entity::Tickets
            ? QStringList{ QStringLiteral("subject") }
            : QStringList{ QStringLiteral("domain"), QStringLiteral("username") };
    for (const QString &key : titleKeys) {
        const QString text = object.value(key).toString();
        if (!text.isEmpty()) {
            title = id.isEmpty() ? text : text + QStringLiteral(" (") + id + u')';
            break;
        }
    }
    m_titleLabel->setText(title);
    setStatus(complete ? QString() : tr("Loading details…"));

    auto *fields = new QTreeWidgetItem(m_tree, { tr("Fields") });
    fields->setFirstColumnSpanned(true);
    // The list's columns come first in table order, then the other fields by name. WHOIS
    // contact fields (registrant_*, admin_*, tech_*, billing_*) get a section per contact.
    QStringList keys;
    for (const Models::ColumnSpec &column : m_spec.columns) {
        if (object.contains(column.key))
            keys.append(column.key);
    }
    for (const QString &key : object.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    static const QStringList contactPrefixes = { QStringLiteral("registrant_"),
                                                 QStringLiteral("admin_"),
                                                 QStringLiteral("tech_"),
                                                 QStringLiteral("billing_") };
    QMap<QString, QJsonObject> contacts;
    QList<QString> nested;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue value = object.value(key);
        const auto prefix = std::find_if(contactPrefixes.cbegin(), contactPrefixes.cend(),
                                          [&](const QString &p) { return key.startsWith(p); });
        if (value.isObject() || value.isArray())
            nested.append(key);
        else if (prefix != contactPrefixes.cend() && m_spec.entity == Models::Entity::Domains)
            contacts[*prefix].insert(key.mid(prefix->size()), value);
        else
            addField(fields, key, value);
    }
    fields->setExpanded(true);
    for (const QString &prefix : contactPrefixes) {
        if (contacts.contains(prefix))
            addSection(prefix + QStringLiteral("contact"), contacts.value(prefix));
    }
    for (const QString &key : std::as_const(nested))
        addSection(key, object.value(key))->setExpanded(true);
    if (complete) {
        for (const QString &relation : m_spec.detailsRelations) {
            if (!object.contains(relation))
                addSection(relation, QJsonValue())->setExpanded(true);
        }
    }
}

QTreeWidgetItem *DetailsPane::addSection(const QString &key, const QJsonValue &value)
{
    QString title = ValueFormat::humanizeKey(key);
    if (value.isArray())
        title += QStringLiteral(" (%1)").arg(value.toArray().size());
    auto *section = new QTreeWidgetItem(m_tree, { title });
    section->setFirstColumnSpanned(true);
    QFont font = section->font(0);
    font.setBold(true);
    section->setFont(0, font);
    if (value.isUndefined() || value.isNull()) {
        new QTreeWidgetItem(section, { tr("Not returned by the server") });
    } else if (value.isArray() && value.toArray().isEmpty()) {
        new QTreeWidgetItem(section, { tr("None") });
    } else if (value.isObject() && value.toObject().isEmpty()) {
        new QTreeWidgetItem(section, { tr("None") });
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            addValue(section, array.at(i).isObject() ? objectTitle(array.at(i).toObject(), i)
                                                     : QString::number(i + 1),
                     array.at(i));
        // A few entries, such as the messages of a short ticket, are shown opened.
        if (array.size() <= 3) {
            for (int i = 0; i < section->childCount(); ++i)
                section->child(i)->setExpanded(true);
        }
    } else {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            addValue(section, it.key(), it.value());
    }
    return section;
}

// Formats a top-level field like its table column (readable enums, Yes/No flags, amounts),
// and any other field as it arrived.
void DetailsPane::addField(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    const int column = m_spec.columnIndex(key);
    if (column < 0 || !value.isString()) {
        addValue(parent, key, value);
        return;
    }
    const Models::ValueType type = m_spec.columns.at(column).type;
    const QString currency = m_currentObject.value(QStringLiteral("currency")).toString();
    auto *item = new QTreeWidgetItem(parent);
    item->setText(0, ValueFormat::humanizeKey(key));
    item->setToolTip(0, key);
    item->setText(1, ValueFormat::displayText(type, value.toString(), currency));
    item->setToolTip(1, value.toString());
}

void DetailsPane::addValue(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setText(0, ValueFormat::humanizeKey(key));
    item->setToolTip(0, key);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            addValue(item, it.key(), it.value());
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        item->setText(1, tr("%n entries", nullptr, int(array.size())));
        for (int i = 0; i < array.size(); ++i)
            addValue(item, array.at(i).isObject() ? objectTitle(array.at(i).toObject(), i)
                                                  : QString::number(i + 1),
                     array.at(i));
        return;
    }
    const QString text = scalarText(value);
    // Long texts such as ticket messages are shown on one line and in full as a tooltip.
    QString oneLine = text;
    oneLine.replace(QStringLiteral("\r\n"), QStringLiteral(" ")).replace(u'\n', u' ');
    item->setText(1, oneLine);
    if (text.size() > 60 || text.contains(u'\n'))
        item->setToolTip(1, text);
}

void DetailsPane::setStatus(const QString &text)
{
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
}

void DetailsPane::abortReply()
{
    if (!m_reply)
        return;
    Api::ApiReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

} // namespace ResellerDesk::Ui
