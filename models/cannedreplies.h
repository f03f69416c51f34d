#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace ResellerDesk::Models {

// A reusable reply text. The text may contain placeholders in braces: {name} (the customer's
// name), {username}, {domain}, {subject} and {ticket} (the ticket id).
struct CannedReply
{
    QString title;
    // Typed in the editor and completed with Tab, such as "/thanks".
    QString shortcut;
    QString text;
};

// The local library of canned replies, kept in QSettings under "cannedReplies".
class CannedReplies
{
public:
    // Returns the saved library, or a few starter replies when none was saved.
    static QList<CannedReply> load();
    static void save(const QList<CannedReply> &replies);
    // Checks a library before save(): every reply needs a title and a text, and a shortcut
    // is one word without spaces that no other reply uses. Returns a translated message that
    // names the first invalid reply and stores its index in invalidIndex, or an empty string.
    static QString validate(const QList<CannedReply> &replies, int *invalidIndex = nullptr);
    // Replaces each {placeholder} that values contains. Unknown placeholders stay as typed,
    // so a typo remains visible before sending.
    static QString expand(const QString &text, const QHash<QString, QString> &values);
    // Returns the reply whose shortcut equals word, or nullptr.
    static const CannedReply *findByShortcut(const QList<CannedReply> &replies,
                                             const QString &word);
};

} // namespace ResellerDesk::Models
