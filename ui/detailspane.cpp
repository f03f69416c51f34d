#include "ui/detailspane.h"

#include "ui/errorbanner.h"
#include "ui/uilogging.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "models/valueformat.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QMap>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace ResellerDesk::Ui {

namespace {

namespace ValueFormat = Models::ValueFormat;

// Keys whose value names a nested object in a section title, in order of preference.
const QStringList titleKeys = { QStringLiteral("name"),   QStringLiteral("domain"),
                                QStringLiteral("hostname"),
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
        return ValueFormat::displayText(Models::ValueType::DateTime, text, {});
    return text;
}

// Entity whose rows a relation or nested list holds, for the labels and formats of its fields.
std::optional<Models::Entity> sectionEntity(const QString &key)
{
    using Models::Entity;
    static const QHash<QString, Entity> entities = {
        { QStringLiteral("account"), Entity::Accounts },
        { QStringLiteral("parent_account"), Entity::Accounts },
        { QStringLiteral("domain"), Entity::Domains },
        { QStringLiteral("registered_domains"), Entity::Domains },
        { QStringLiteral("parked_domains"), Entity::Domains },
        { QStringLiteral("certificate"), Entity::Certificates },
        { QStringLiteral("registered_certificates"), Entity::Certificates },
        { QStringLiteral("installed_certificates"), Entity::Certificates },
        { QStringLiteral("service"), Entity::Services },
        { QStringLiteral("services"), Entity::Services },
        { QStringLiteral("resource"), Entity::Resources },
        { QStringLiteral("resources"), Entity::Resources },
        { QStringLiteral("parent"), Entity::Resources },
        { QStringLiteral("client"), Entity::Clients },
        { QStringLiteral("payments"), Entity::Payments },
    };
    const auto it = entities.constFind(key);
    if (it == entities.constEnd())
        return std::nullopt;
    return it.value();
}

QString valueText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
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
    m_linkBar = new QWidget(this);
    m_linkBar->setObjectName(QStringLiteral("detailsLinks"));
    m_linkLayout = new QHBoxLayout(m_linkBar);
    m_linkLayout->setContentsMargins(0, 0, 0, 0);
    m_linkLayout->addWidget(new QLabel(tr("Show:"), m_linkBar));
    // Buttons rather than rich-text links, so that Tab reaches each one and Space opens it.
    for (const Models::RelatedList &link : m_spec.links) {
        auto *button = new QPushButton(QCoreApplication::translate("EntitySpec", link.label),
                                       m_linkBar);
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setStyleSheet(QStringLiteral("QPushButton { color: palette(link);"
                                             " text-decoration: underline; padding: 2px 4px; }"));
        m_linkLayout->addWidget(button);
        m_linkButtons.append(button);
        connect(button, &QPushButton::clicked, this, [this, link, button] {
            const QString value = valueText(m_currentObject.value(link.sourceProperty));
            Api::ListQuery query;
            query.addFilter(link.filterProperty, Api::FilterCondition::Equal, value);
            emit openFilteredRequested(
                    link.entity, query,
                    QCoreApplication::translate("EntitySpec", link.description)
                            .arg(button->property("rowTitle").toString()));
        });
    }
    m_linkLayout->addStretch(1);
    m_linkBar->setVisible(!m_linkButtons.isEmpty());

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
    layout->addWidget(m_linkBar);
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
        m_currentObject = {};
        m_titleLabel->setText(tr("No row selected"));
        setStatus(tr("Select a row to see its details."));
        updateLinks({});
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
    // Fields of the list item that the details lack stay, such as the resources relation that
    // only product-list returns.
    QJsonObject merged = details;
    for (auto it = m_listItem.constBegin(); it != m_listItem.constEnd(); ++it) {
        if (!merged.contains(it.key()))
            merged.insert(it.key(), it.value());
    }
    showObject(merged, true);
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
    // Details commands name the id "id" where the list names it otherwise (certificates).
    QString id = valueText(object.value(m_spec.idProperty));
    if (id.isEmpty())
        id = valueText(object.value(QStringLiteral("id")));
    QString name;
    for (const QString &key : m_spec.titleProperties) {
        name = valueText(object.value(key));
        if (!name.isEmpty())
            break;
    }
    QString title = id;
    if (!name.isEmpty())
        title = id.isEmpty() ? name : tr("%1 (%2)").arg(name, id);
    m_titleLabel->setText(title);
    updateLinks(name.isEmpty() ? id : name);
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
            addValue(fields, key, value, m_spec);
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
    const std::optional<Models::Entity> entity = sectionEntity(key);
    // Entries of other nested lists, such as the messages of a ticket, share many keys with
    // the row and take its labels, except the row's id: a message's "id" is not the ticket ID.
    Models::EntitySpec spec = entity ? Models::entitySpec(*entity) : m_spec;
    if (!entity) {
        spec.columns.erase(std::remove_if(spec.columns.begin(), spec.columns.end(),
                                          [&spec](const Models::ColumnSpec &column) {
                                              return column.key == spec.idProperty;
                                          }),
                           spec.columns.end());
    }
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
                     array.at(i), spec);
        // A few entries, such as the messages of a short ticket, are shown opened.
        if (array.size() <= 3) {
            for (int i = 0; i < section->childCount(); ++i)
                section->child(i)->setExpanded(true);
        }
    } else {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            addValue(section, it.key(), it.value(), spec);
    }
    return section;
}

// Labels and formats a field like its table column: the column header of `spec` and the
// column's format (readable enums, Yes/No flags, amounts, dates), where a list has a column
// for the key. Other keys get a readable label and their value as it arrived.
void DetailsPane::addValue(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value,
                           const Models::EntitySpec &spec)
{
    auto *item = new QTreeWidgetItem(parent);
    const int ownColumn = spec.columnIndex(key);
    // Entries of arrays come with their title ("example.com", "Entry 2") in place of a key.
    static const QRegularExpression propertyKey(QStringLiteral("^[a-z0-9_]+$"));
    if (ownColumn >= 0)
        item->setText(0, Models::translatedHeader(spec.columns.at(ownColumn)));
    else if (propertyKey.match(key).hasMatch())
        item->setText(0, ValueFormat::humanizeKey(key));
    else
        item->setText(0, key);
    item->setToolTip(0, key);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            addValue(item, it.key(), it.value(), spec);
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        item->setText(1, tr("%n entries", nullptr, int(array.size())));
        for (int i = 0; i < array.size(); ++i)
            addValue(item, array.at(i).isObject() ? objectTitle(array.at(i).toObject(), i)
                                                  : QString::number(i + 1),
                     array.at(i), spec);
        return;
    }
    const Models::ColumnSpec *column = Models::findColumn(key, spec);
    if (column && (value.isString() || value.isDouble())) {
        const QString raw = valueText(value);
        const QString currency = m_currentObject.value(QStringLiteral("currency")).toString();
        item->setText(1, ValueFormat::displayText(column->type, raw, currency));
        item->setToolTip(1, raw);
        return;
    }
    const QString text = scalarText(value);
    // Long texts such as ticket messages are shown on one line and in full as a tooltip.
    QString oneLine = text;
    oneLine.replace(QStringLiteral("\r\n"), QStringLiteral(" ")).replace(u'\n', u' ');
    item->setText(1, oneLine);
    item->setToolTip(1, value.isString() ? value.toString() : text);
}

// Enables the links whose source property the shown row has, and remembers the row's title
// for the description of the filtered list.
void DetailsPane::updateLinks(const QString &title)
{
    for (int i = 0; i < m_linkButtons.size(); ++i) {
        QPushButton *button = m_linkButtons.at(i);
        const Models::RelatedList &link = m_spec.links.at(i);
        const bool available =
                !valueText(m_currentObject.value(link.sourceProperty)).isEmpty();
        button->setEnabled(available);
        button->setProperty("rowTitle", title);
        button->setToolTip(available ? QCoreApplication::translate("EntitySpec", link.description)
                                               .arg(title)
                                     : tr("This row has no %1.").arg(link.sourceProperty));
    }
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
