#include "models/cannedreplies.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace ResellerDesk::Models {

namespace {

const QString settingsArray = QStringLiteral("cannedReplies");

// lupdate files each tr() call under the class or namespace of the function that makes it,
// so only calls in this context's own member functions use this function, and the others
// name the context in QCoreApplication::translate().
QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Models::CannedReplies", text);
}

QList<CannedReply> starterReplies()
{
    return {
        { QCoreApplication::translate("ResellerDesk::Models::CannedReplies", "Thanks"),
            QStringLiteral("/thanks"),
            QCoreApplication::translate("ResellerDesk::Models::CannedReplies",
                "Hello {name},\n\nThank you for the quick answer. It works now.\n") },
        { QCoreApplication::translate("ResellerDesk::Models::CannedReplies", "More details"),
            QStringLiteral("/details"),
            QCoreApplication::translate("ResellerDesk::Models::CannedReplies",
                "Hello,\n\nCould you please check {domain} again? The problem is still there "
                "for ticket {ticket}.\n") },
        { QCoreApplication::translate("ResellerDesk::Models::CannedReplies", "Close"),
            QStringLiteral("/close"),
            QCoreApplication::translate("ResellerDesk::Models::CannedReplies",
                "Hello,\n\nThe issue is solved, so this ticket can be closed.\n") },
    };
}

} // namespace

QList<CannedReply> CannedReplies::load()
{
    QSettings settings;
    if (!settings.contains(settingsArray + QStringLiteral("/size")))
        return starterReplies();
    QList<CannedReply> replies;
    const int count = settings.beginReadArray(settingsArray);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        replies.append({settings.value(QStringLiteral("title")).toString(),
                        settings.value(QStringLiteral("shortcut")).toString(),
                        settings.value(QStringLiteral("text")).toString()});
    }
    settings.endArray();
    return replies;
}

void CannedReplies::save(const QList<CannedReply> &replies)
{
    QSettings settings;
    settings.remove(settingsArray);
    settings.beginWriteArray(settingsArray, int(replies.size()));
    for (int i = 0; i < replies.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("title"), replies.at(i).title);
        settings.setValue(QStringLiteral("shortcut"), replies.at(i).shortcut);
        settings.setValue(QStringLiteral("text"), replies.at(i).text);
    }
    settings.endArray();
}

QString CannedReplies::validate(const QList<CannedReply> &replies, int *invalidIndex)
{
    for (int i = 0; i < replies.size(); ++i) {
        const CannedReply &reply = replies.at(i);
        QString problem;
        if (reply.title.trimmed().isEmpty()) {
            problem = tr("Canned reply %1 has no title. Enter a title.").arg(i + 1);
        } else if (reply.text.trimmed().isEmpty()) {
            problem = tr("The canned reply \"%1\" has no text. Write the text or delete the "
                         "reply.")
                              .arg(reply.title);
        } else if (reply.shortcut.contains(QRegularExpression(QStringLiteral("\\s")))) {
            // Tab completion looks at the word before the cursor, so a shortcut with a space
            // would never match.
            problem = tr("The shortcut \"%1\" of \"%2\" contains a space. Use one word, such "
                         "as /thanks.")
                              .arg(reply.shortcut, reply.title);
        } else if (!reply.shortcut.isEmpty()) {
            for (int j = 0; j < i; ++j) {
                if (replies.at(j).shortcut == reply.shortcut) {
                    problem = tr("The shortcut \"%1\" is used by \"%2\" and \"%3\". Give one "
                                 "of them another shortcut.")
                                      .arg(reply.shortcut, replies.at(j).title, reply.title);
                    break;
                }
            }
        }
        if (!problem.isEmpty()) {
            if (invalidIndex)
                *invalidIndex = i;
            return problem;
        }
    }
    if (invalidIndex)
        *invalidIndex = -1;
    return {};
}

QString CannedReplies::expand(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QString result;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text)) {
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const auto value = values.constFind(match.captured(1));
        result += value != values.cend() ? *value : match.captured(0);
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

const CannedReply *CannedReplies::findByShortcut(const QList<CannedReply> &replies,
                                                 const QString &word)
{
    for (const CannedReply &reply : replies) {
        if (!reply.shortcut.isEmpty() && reply.shortcut == word)
            return &reply;
    }
    return nullptr;
}

} // namespace ResellerDesk::Models
