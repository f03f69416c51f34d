#pragma once

#include "api/supportrecords.h"

#include <QTextBrowser>
#include <QTimeZone>

namespace ResellerDesk::Ui {

// Shows a ticket thread as a conversation. Message text is escaped plain text with http,
// https and mailto links made clickable, so HTML in a message shows as typed. loadResource()
// returns nothing, so no image or style sheet is ever fetched, from remote or local URLs.
class ThreadBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ThreadBrowser(QWidget *parent = nullptr);

    // Shows the thread. Dates are read in serviceZone, the zone of the tz sent with the request
    // (UTC without one), and shown in displayZone.
    void showTicket(const Api::Ticket &ticket, const QTimeZone &serviceZone,
                    const QTimeZone &displayZone);
    // Number of resources that the document requested and did not get, for tests.
    int blockedResourceCount() const { return m_blockedResources; }

    // Returns text as HTML-escaped paragraphs with URLs turned into links.
    static QString linkifiedHtml(const QString &text);

signals:
    // An attachment link was clicked. side is "question" or "answer".
    void attachmentActivated(qlonglong attachmentId, const QString &side);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void handleAnchor(const QUrl &url);

    int m_blockedResources = 0;
};

} // namespace ResellerDesk::Ui
