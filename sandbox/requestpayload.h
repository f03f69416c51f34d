#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace ResellerDesk::Sandbox {

// One value of a request payload in the order the client sent it. QJsonObject sorts its keys,
// but the HMAC signature covers the keys in the order received, so the sandbox keeps its own
// ordered tree next to the QJsonValue view.
struct PayloadNode
{
    enum class Kind { Null, Bool, Number, String, Array, Object };

    Kind kind = Kind::Null;
    // Scalar text: the string content, or a number exactly as written in the JSON text.
    QString text;
    bool boolean = false;
    // Children of arrays and objects in the order received. Array keys are "0", "1", ...
    QList<std::pair<QString, PayloadNode>> children;

    const PayloadNode *child(const QString &key) const;
    QJsonValue toJson() const;
};

// Request payload parsed from a JSON body, a form body or a query string.
class RequestPayload
{
public:
    // Parses a JSON object body. Returns false and sets *errorMessage for malformed JSON or a
    // top-level value that is not an object.
    bool parseJson(const QByteArray &body, QString *errorMessage);
    // Parses application/x-www-form-urlencoded text with PHP-style nested keys such as
    // filter[username:like%]=test and with[0]=resources. Every value is a string.
    void parseForm(const QByteArray &encoded);

    const PayloadNode &root() const { return m_root; }
    QJsonValue value(const QString &key) const;
    // Returns the text of a top-level scalar, or an empty string when it is missing or nested.
    QString text(const QString &key) const;
    bool contains(const QString &key) const;

    // Builds PHP's http_build_query() of the payload without the top-level key `excludedKey`.
    QString toQuery(const QString &excludedKey = QString()) const;

private:
    PayloadNode m_root{PayloadNode::Kind::Object, {}, false, {}};
};

// Encodes text as PHP urlencode() does: A-Za-z0-9 and -_. stay, space becomes +, every other
// UTF-8 byte becomes %XX with upper-case hex digits.
QString phpUrlEncode(const QString &text);

// Builds PHP's http_build_query() of an object or array node: nested keys as a[b][0]=v,
// booleans as 1 and 0, null values and empty arrays or objects left out.
QString buildHttpQuery(const PayloadNode &node);

} // namespace ResellerDesk::Sandbox
