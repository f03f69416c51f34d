#include "ui/threadbrowser.h"

#include "ui/uilogging.h"

#include <QDesktopServices>
#include <QLocale>
#include <QRegularExpression>

namespace ResellerDesk::Ui {

namespace {

const QString attachmentScheme = QStringLiteral("attachment");

QString formatDate(const Api::Record &record, QStringView field, const QTimeZone &serviceZone,
                   const QTimeZone &displayZone)
{
    const std::optional<QDateTime> date = record.dateTime(field, serviceZone);
    if (!date)
        return {};
    const QDateTime shown = date->toTimeZone(displayZone);
    return QLocale().toString(shown, QLocale::ShortFormat) + QLatin1Char(' ')
            + shown.timeZoneAbbreviation();
}

QString attachmentsHtml(const QList<Api::TicketAttachmentInfo> &attachments, const QString &side)
{
    if (attachments.isEmpty())
        return {};
    QString html = QStringLiteral("<p style='margin-left:12px'>");
    for (const Api::TicketAttachmentInfo &attachment : attachments) {
        const QString name = attachment.fileName().toHtmlEscaped();
        const QString size = QLocale().formattedDataSize(attachment.size().value_or(0));
        if (attachment.isDeleted()) {
            html += QObject::tr("Attachment <s>%1</s> (%2, deleted)<br>").arg(name, size);
            continue;
        }
        html += QObject::tr("Attachment <a href='%1:%2/%3'>%4</a> (%5, %6)<br>")
                        .arg(attachmentScheme, side)
                        .arg(attachment.id().value_or(0))
                        .arg(name, attachment.mimeType().toHtmlEscaped(), size);
    }
    return html + QStringLiteral("</p>");
}

} // namespace

ThreadBrowser::ThreadBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("threadBrowser"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &ThreadBrowser::handleAnchor);
}

QString ThreadBrowser::linkifiedHtml(const QString &text)
{
    // Links end at white space, quotes and angle brackets. A trailing period or comma belongs
    // to the sentence.
    static const QRegularExpression url(
            QStringLiteral(R"((?:https?://|mailto:)[^\s<>"']+[^\s<>"'.,;:!?)])"),
            QRegularExpression::CaseInsensitiveOption);
    QString html;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : url.globalMatch(text)) {
        html += text.mid(last, match.capturedStart() - last).toHtmlEscaped();
        const QString link = match.captured(0).toHtmlEscaped();
        html += QStringLiteral("<a href=\"%1\">%1</a>").arg(link);
        last = match.capturedEnd();
    }
    html += text.mid(last).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

void ThreadBrowser::showTicket(const Api::Ticket &ticket, const QTimeZone &serviceZone,
                               const QTimeZone &displayZone)
{
    QString html;
    for (const Api::TicketMessage &message : ticket.messages()) {
        html += QStringLiteral("<div style='background:#eef3fb; padding:6px; margin:6px 0'>");
        html += tr("<p><b>%1</b> &lt;%2&gt; · %3</p>")
                        .arg(message.name().toHtmlEscaped(), message.email().toHtmlEscaped(),
                             formatDate(message, u"post_date", serviceZone, displayZone));
        html += QStringLiteral("<p>") + linkifiedHtml(message.question())
                + QStringLiteral("</p>");
        html += attachmentsHtml(message.questionAttachments(), QStringLiteral("question"));
        html += QStringLiteral("</div>");
        if (message.answer().isEmpty() && !message.responseDate()) {
            html += tr("<p style='color:#666; margin-left:24px'><i>Waiting for the support "
                       "operator's response.</i></p>");
            continue;
        }
        html += QStringLiteral("<div style='background:#f3f3f3; padding:6px; margin:6px 0 6px "
                               "24px'>");
        html += tr("<p><b>Support: %1</b> · %2</p>")
                        .arg(message.supportNickname().toHtmlEscaped(),
                             formatDate(message, u"response_date", serviceZone,
                                        displayZone));
        html += QStringLiteral("<p>") + linkifiedHtml(message.answer()) + QStringLiteral("</p>");
        html += attachmentsHtml(message.answerAttachments(), QStringLiteral("answer"));
        html += QStringLiteral("</div>");
    }
    setHtml(html);
}

QVariant ThreadBrowser::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    ++m_blockedResources;
    qCWarning(lcUi) << "Blocked a resource request from a ticket thread, scheme"
                    << name.scheme();
    return {};
}

void ThreadBrowser::handleAnchor(const QUrl &url)
{
    if (url.scheme() == attachmentScheme) {
        const QString side = url.path().section(QLatin1Char('/'), 0, 0);
        const qlonglong id = url.path().section(QLatin1Char('/'), 1, 1).toLongLong();
        emit attachmentActivated(id, side);
        return;
    }
    // Only web and mail links leave the application, because file: and other schemes from a
    // message could run or reveal local files.
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
        QDesktopServices::openUrl(url);
    else
        qCInfo(lcUi) << "Ignored a link with scheme" << scheme;
}

} // namespace ResellerDesk::Ui
