#include "models/domaincheckmodel.h"

#include "models/entitytablemodel.h"
#include "models/modelslogging.h"
#include "models/valueformat.h"

#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/recordparsing.h"

#include <QSet>
#include <QUrl>

namespace ResellerDesk::Models {

namespace {

constexpr int MaxNameLength = 253;
constexpr int MaxLabelLength = 63;

// Returns why `name` (lowercase, no trailing dot) is not a domain name, or an empty string.
// Unicode labels are checked in their ASCII (punycode) form, as registries do.
QString domainNameProblem(const QString &name)
{
    if (name.contains(QStringLiteral("://")))
        return DomainCheckModel::tr("it is a web address, not a domain name");
    for (const QChar c : name) {
        if (c.isSpace())
            return DomainCheckModel::tr("it contains a space");
    }
    if (!name.contains(u'.'))
        return DomainCheckModel::tr("it has no top-level domain such as .com");
    qsizetype asciiLength = 0;
    const QStringList labels = name.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty())
            return DomainCheckModel::tr("it has two dots in a row or starts with a dot");
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return DomainCheckModel::tr("the part \"%1\" starts or ends with a hyphen").arg(label);
        // QUrl::toAce() returns nothing for labels over 63 characters, so check those first.
        const QByteArray ace = label.size() > MaxLabelLength
            ? label.toUtf8()
            : QUrl::toAce(label, QUrl::IgnoreIDNWhitelist);
        if (ace.isEmpty())
            return DomainCheckModel::tr("the part \"%1\" contains characters that a domain name "
                                        "cannot have")
                .arg(label);
        if (ace.size() > MaxLabelLength)
            return DomainCheckModel::tr("the part \"%1\" is longer than %2 characters")
                .arg(label)
                .arg(MaxLabelLength);
        for (const char c : ace) {
            const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
            if (!allowed)
                return DomainCheckModel::tr("it contains the character \"%1\"")
                    .arg(QChar::fromLatin1(c));
        }
        asciiLength += ace.size() + 1;
    }
    if (asciiLength - 1 > MaxNameLength)
        return DomainCheckModel::tr("it is longer than %1 characters").arg(MaxNameLength);
    return {};
}

QString yesNo(bool value)
{
    return value ? DomainCheckModel::tr("Yes") : DomainCheckModel::tr("No");
}

// Returns the 0|1 field shown in a flag column, or std::nullopt for other columns.
std::optional<bool> flagOf(const Api::DomainCheckResult &result, int column)
{
    switch (column) {
    case DomainCheckModel::AvailableColumn:
        return result.isAvailable();
    case DomainCheckModel::TransferColumn:
        return result.canTransfer();
    case DomainCheckModel::EppColumn:
        return result.hasEppTransfer();
    case DomainCheckModel::OfferedColumn:
        return result.isOffered();
    case DomainCheckModel::HostedColumn:
        return result.isHosted();
    default:
        return std::nullopt;
    }
}

} // namespace

DomainCheckModel::DomainCheckModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DomainCheckModel::~DomainCheckModel()
{
    abortReplies();
}

std::optional<QStringList> DomainCheckModel::parseNames(const QString &text, QString *errorMessage)
{
    QStringList names;
    QSet<QString> seen;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString name = lines.at(i).trimmed().toLower();
        if (name.endsWith(u'.'))
            name.chop(1);
        if (name.isEmpty() || seen.contains(name))
            continue;
        const QString problem = domainNameProblem(name);
        if (!problem.isEmpty()) {
            if (errorMessage)
                *errorMessage = tr("Line %1: \"%2\" is not a valid domain name because %3. Enter "
                                   "one name per line, such as example.com.")
                                    .arg(i + 1)
                                    .arg(lines.at(i).trimmed(), problem);
            return std::nullopt;
        }
        seen.insert(name);
        names.append(name);
    }
    if (names.isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("Enter at least one domain name, such as example.com.");
        return std::nullopt;
    }
    if (names.size() > MaxNames) {
        if (errorMessage)
            *errorMessage = tr("%1 names were entered, but one check takes at most %2. Remove "
                               "some names and check the rest afterwards.")
                                .arg(names.size())
                                .arg(MaxNames);
        return std::nullopt;
    }
    return names;
}

void DomainCheckModel::check(Api::ApiCommands *commands, const QStringList &names)
{
    cancel();
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(names.size());
    for (const QString &name : names)
        m_rows.append(Row { name, State::Waiting, std::nullopt, QString() });
    endResetModel();
    m_commands = commands;
    m_nextRow = 0;
    m_doneCount = 0;
    qCInfo(lcModels) << "Checking" << names.size() << "domain names";
    emit progress(0, int(m_rows.size()));
    if (m_rows.isEmpty()) {
        emit finished();
        return;
    }
    for (int i = 0; i < MaxInFlight; ++i)
        sendNext();
}

void DomainCheckModel::abortReplies()
{
    const QList<Api::ApiReply *> replies = m_inFlight.keys();
    m_inFlight.clear();
    for (Api::ApiReply *reply : replies) {
        // Disconnected first, so that abort()'s finished() does not reach handleReply().
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void DomainCheckModel::cancel()
{
    abortReplies();
    bool changed = false;
    for (Row &row : m_rows) {
        if (row.state == State::Waiting || row.state == State::Checking) {
            row.state = State::Failed;
            row.error = tr("Cancelled");
            changed = true;
        }
    }
    m_nextRow = int(m_rows.size());
    if (changed) {
        m_doneCount = int(m_rows.size());
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        emit finished();
    }
}

void DomainCheckModel::sendNext()
{
    if (m_nextRow >= m_rows.size())
        return;
    const int row = m_nextRow++;
    m_rows[row].state = State::Checking;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Api::ApiReply *reply = m_commands->domainCheck(m_rows.at(row).name);
    m_inFlight.insert(reply, row);
    connect(reply, &Api::ApiReply::finished, this, [this, reply] { handleReply(reply); });
}

void DomainCheckModel::handleReply(Api::ApiReply *reply)
{
    reply->deleteLater();
    const int row = m_inFlight.take(reply);
    Row &entry = m_rows[row];
    QString problem;
    if (!reply->isOk()) {
        entry.state = State::Failed;
        entry.error
            = tr("Could not check \"%1\". %2").arg(entry.name, reply->error().userMessage());
        qCWarning(lcModels) << "domain-check failed for" << entry.name << ":"
                            << reply->error().detail;
    } else if (auto result
        = Api::RecordParsing::parseRecord<Api::DomainCheckResult>(reply->data(), {}, &problem)) {
        entry.state = State::Done;
        entry.result = *result;
    } else {
        entry.state = State::Failed;
        entry.error = problem;
    }
    finishRow(row);
}

void DomainCheckModel::finishRow(int row)
{
    ++m_doneCount;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit progress(m_doneCount, int(m_rows.size()));
    sendNext();
    if (m_inFlight.isEmpty() && m_nextRow >= m_rows.size())
        emit finished();
}

int DomainCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DomainCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DomainCheckModel::summary(const Row &row) const
{
    switch (row.state) {
    case State::Waiting:
        return tr("Waiting");
    case State::Checking:
        return tr("Checking…");
    case State::Failed:
        return row.error;
    case State::Done:
        break;
    }
    const Api::DomainCheckResult &result = *row.result;
    if (result.isHosted())
        return tr("Registered and hosted with us");
    if (!result.isOffered())
        return tr("Not offered, because this TLD cannot be ordered here");
    if (result.isAvailable())
        return tr("Available for registration");
    if (result.canTransfer())
        return result.hasEppTransfer() ? tr("Registered; transfer with its EPP code")
                                       : tr("Registered; can be transferred");
    return tr("Registered; cannot be transferred");
}

QVariant DomainCheckModel::displayValue(const Row &row, int column) const
{
    if (column == DomainColumn)
        return row.result && !row.result->domain().isEmpty() ? row.result->domain() : row.name;
    if (column == ResultColumn)
        return summary(row);
    if (!row.result)
        return {};
    const Api::DomainCheckResult &result = *row.result;
    if (const std::optional<bool> flag = flagOf(result, column))
        return yesNo(*flag);
    if (column != PriceColumn)
        return {};
    // domain-check documents no price. A "price" (with "currency") that the service adds is
    // shown, and otherwise the cell stays empty.
    if (!result.contains(u"price"))
        return {};
    return ValueFormat::displayText(
        ValueType::Amount, result.text(u"price"), result.text(u"currency"));
}

QVariant DomainCheckModel::sortValue(const Row &row, int column) const
{
    if (column == DomainColumn || column == ResultColumn || !row.result)
        return displayValue(row, column);
    if (const std::optional<bool> flag = flagOf(*row.result, column))
        return *flag ? 1 : 0;
    return row.result->number(u"price").value_or(-1.0);
}

QVariant DomainCheckModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ResultColumn)
            return summary(row);
        return {};
    case EntityTableModel::SortRole:
        return sortValue(row, index.column());
    case EntityTableModel::SearchTextRole: {
        QStringList parts;
        for (int column = 0; column < ColumnCount; ++column)
            parts.append(displayValue(row, column).toString());
        return parts.join(u' ');
    }
    default:
        return {};
    }
}

QVariant DomainCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TransferColumn:
            return tr("Whether the name can be transferred to us from another registrar");
        case EppColumn:
            return tr("Whether a transfer needs the EPP authorization code from the current "
                      "registrar");
        case OfferedColumn:
            return tr("Whether the name can be ordered here");
        case HostedColumn:
            return tr("Whether the name is already hosted on our servers");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DomainColumn:
        return tr("Domain");
    case AvailableColumn:
        return tr("Available");
    case TransferColumn:
        return tr("Transfer possible");
    case EppColumn:
        return tr("EPP code needed");
    case OfferedColumn:
        return tr("Offered");
    case HostedColumn:
        return tr("Hosted here");
    case PriceColumn:
        return tr("Price");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace ResellerDesk::Models
