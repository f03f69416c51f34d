#include "sandbox/requestpayload.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUrlQuery>

namespace ResellerDesk::Sandbox {

namespace {

// Recursive-descent walk over JSON text that QJsonDocument has already validated, so it only
// has to record the structure and the order of keys.
class OrderedJsonReader
{
public:
    explicit OrderedJsonReader(const QByteArray &text) : m_text(text) {}

    PayloadNode readValue()
    {
        skipSpace();
        const char c = peek();
        if (c == '{')
            return readContainer(PayloadNode::Kind::Object, '}');
        if (c == '[')
            return readContainer(PayloadNode::Kind::Array, ']');
        if (c == '"')
            return PayloadNode{PayloadNode::Kind::String, readString(), false, {}};
        if (m_text.mid(m_pos, 4) == "true") {
            m_pos += 4;
            return PayloadNode{PayloadNode::Kind::Bool, {}, true, {}};
        }
        if (m_text.mid(m_pos, 5) == "false") {
            m_pos += 5;
            return PayloadNode{PayloadNode::Kind::Bool, {}, false, {}};
        }
        if (m_text.mid(m_pos, 4) == "null") {
            m_pos += 4;
            return PayloadNode{};
        }
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && QByteArrayView("+-.0123456789eE").contains(m_text[m_pos]))
            ++m_pos;
        return PayloadNode{PayloadNode::Kind::Number, QString::fromLatin1(m_text.mid(start, m_pos - start)),
                           false, {}};
    }

private:
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }

    void skipSpace()
    {
        while (m_pos < m_text.size() && QByteArrayView(" \t\r\n").contains(m_text[m_pos]))
            ++m_pos;
    }

    PayloadNode readContainer(PayloadNode::Kind kind, char close)
    {
        PayloadNode node{kind, {}, false, {}};
        ++m_pos;
        skipSpace();
        if (peek() == close) {
            ++m_pos;
            return node;
        }
        while (m_pos < m_text.size()) {
            QString key = QString::number(node.children.size());
            if (kind == PayloadNode::Kind::Object) {
                skipSpace();
                key = readString();
                skipSpace();
                ++m_pos; // ':'
            }
            PayloadNode value = readValue();
            // PHP's json_decode keeps the last of duplicate keys at the first key's position.
            auto existing = std::find_if(node.children.begin(), node.children.end(),
                                         [&key](const auto &entry) { return entry.first == key; });
            if (existing != node.children.end())
                existing->second = std::move(value);
            else
                node.children.append({key, std::move(value)});
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            ++m_pos; // close
            break;
        }
        return node;
    }

    // Decodes one string token with QJsonDocument, which handles every escape sequence.
    QString readString()
    {
        const qsizetype start = m_pos;
        ++m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\')
                ++m_pos;
            ++m_pos;
        }
        ++m_pos;
        const QByteArray token = '[' + m_text.mid(start, m_pos - start) + ']';
        return QJsonDocument::fromJson(token).array().at(0).toString();
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

// Splits a PHP form key such as filter[username:like%] into {"filter", "username:like%"}.
// An empty segment (a[]) means "append", as in PHP.
QStringList splitFormKey(const QString &key)
{
    const qsizetype open = key.indexOf(u'[');
    if (open <= 0 || !key.endsWith(u']'))
        return {key};
    QStringList parts{key.left(open)};
    qsizetype pos = open;
    while (pos < key.size() && key[pos] == u'[') {
        const qsizetype close = key.indexOf(u']', pos);
        if (close < 0)
            break;
        parts.append(key.mid(pos + 1, close - pos - 1));
        pos = close + 1;
    }
    return parts;
}

void insertFormValue(PayloadNode &node, QStringList path, const QString &value)
{
    if (node.kind != PayloadNode::Kind::Object && node.kind != PayloadNode::Kind::Array)
        node = PayloadNode{PayloadNode::Kind::Object, {}, false, {}};
    QString key = path.takeFirst();
    if (key.isEmpty())
        key = QString::number(node.children.size());
    auto existing = std::find_if(node.children.begin(), node.children.end(),
                                 [&key](const auto &entry) { return entry.first == key; });
    if (existing == node.children.end()) {
        node.children.append({key, PayloadNode{}});
        existing = node.children.end() - 1;
    }
    if (path.isEmpty())
        existing->second = PayloadNode{PayloadNode::Kind::String, value, false, {}};
    else
        insertFormValue(existing->second, path, value);
}

// PHP arrays with the keys 0..n-1 are lists; the JSON view shows them as arrays.
void markLists(PayloadNode &node)
{
    if (node.kind != PayloadNode::Kind::Object && node.kind != PayloadNode::Kind::Array)
        return;
    bool sequential = !node.children.isEmpty();
    for (qsizetype i = 0; i < node.children.size(); ++i) {
        markLists(node.children[i].second);
        sequential = sequential && node.children[i].first == QString::number(i);
    }
    if (sequential)
        node.kind = PayloadNode::Kind::Array;
}

void appendQuery(const PayloadNode &node, const QString &prefix, QStringList &pairs)
{
    switch (node.kind) {
    case PayloadNode::Kind::Null:
        return;
    case PayloadNode::Kind::Bool:
        pairs.append(prefix + u'=' + (node.boolean ? u'1' : u'0'));
        return;
    case PayloadNode::Kind::Number:
        pairs.append(prefix + u'=' + phpUrlEncode(node.text));
        return;
    case PayloadNode::Kind::String:
        pairs.append(prefix + u'=' + phpUrlEncode(node.text));
        return;
    case PayloadNode::Kind::Array:
    case PayloadNode::Kind::Object:
        for (const auto &[key, child] : node.children) {
            const QString encodedKey = phpUrlEncode(key);
            appendQuery(child, prefix.isEmpty() ? encodedKey : prefix + u"%5B" + encodedKey + u"%5D",
                        pairs);
        }
        return;
    }
}

} // namespace

const PayloadNode *PayloadNode::child(const QString &key) const
{
    for (const auto &entry : children) {
        if (entry.first == key)
            return &entry.second;
    }
    return nullptr;
}

QJsonValue PayloadNode::toJson() const
{
    switch (kind) {
    case Kind::Null:
        return QJsonValue::Null;
    case Kind::Bool:
        return boolean;
    case Kind::Number:
        return QJsonDocument::fromJson('[' + text.toLatin1() + ']').array().at(0);
    case Kind::String:
        return text;
    case Kind::Array: {
        QJsonArray array;
        for (const auto &entry : children)
            array.append(entry.second.toJson());
        return array;
    }
    case Kind::Object: {
        QJsonObject object;
        for (const auto &entry : children)
            object.insert(entry.first, entry.second.toJson());
        return object;
    }
    }
    return QJsonValue::Null;
}

bool RequestPayload::parseJson(const QByteArray &body, QString *errorMessage)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        *errorMessage = QCoreApplication::translate("RequestPayload",
                                                    "The request body is not valid JSON: %1 at "
                                                    "offset %2. Send one JSON object.")
                            .arg(error.errorString())
                            .arg(error.offset);
        return false;
    }
    if (!document.isObject()) {
        *errorMessage = QCoreApplication::translate(
            "RequestPayload", "The request body is JSON but not an object. Send one JSON object.");
        return false;
    }
    m_root = OrderedJsonReader(body).readValue();
    return true;
}

void RequestPayload::parseForm(const QByteArray &encoded)
{
    m_root = PayloadNode{PayloadNode::Kind::Object, {}, false, {}};
    // QUrlQuery keeps '+' as it is, but form encoding uses it for a space.
    QByteArray spaced = encoded;
    spaced.replace('+', "%20");
    const QUrlQuery query(QString::fromUtf8(spaced));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key.isEmpty())
            continue;
        insertFormValue(m_root, splitFormKey(key), value);
    }
    for (auto &entry : m_root.children)
        markLists(entry.second);
}

QJsonValue RequestPayload::value(const QString &key) const
{
    const PayloadNode *node = m_root.child(key);
    return node ? node->toJson() : QJsonValue(QJsonValue::Undefined);
}

QString RequestPayload::text(const QString &key) const
{
    const PayloadNode *node = m_root.child(key);
    if (!node)
        return {};
    if (node->kind == PayloadNode::Kind::Bool)
        return node->boolean ? QStringLiteral("1") : QStringLiteral("0");
    return node->text;
}

bool RequestPayload::contains(const QString &key) const
{
    return m_root.child(key) != nullptr;
}

QString RequestPayload::toQuery(const QString &excludedKey) const
{
    PayloadNode copy = m_root;
    copy.children.removeIf([&excludedKey](const auto &entry) { return entry.first == excludedKey; });
    return buildHttpQuery(copy);
}

QString phpUrlEncode(const QString &text)
{
    static const char hex[] = "0123456789ABCDEF";
    QString encoded;
    const QByteArray utf8 = text.toUtf8();
    encoded.reserve(utf8.size());
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z')
            || (byte >= '0' && byte <= '9') || byte == '-' || byte == '_' || byte == '.') {
            encoded.append(QLatin1Char(c));
        } else if (byte == ' ') {
            encoded.append(u'+');
        } else {
            encoded.append(u'%');
            encoded.append(QLatin1Char(hex[byte >> 4]));
            encoded.append(QLatin1Char(hex[byte & 0xF]));
        }
    }
    return encoded;
}

QString buildHttpQuery(const PayloadNode &node)
{
    QStringList pairs;
    appendQuery(node, QString(), pairs);
    return pairs.join(u'&');
}

} // namespace ResellerDesk::Sandbox
