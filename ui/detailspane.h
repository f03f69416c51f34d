#pragma once

#include "models/entityspec.h"

#include "api/listquery.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QPushButton;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace ResellerDesk::Api {
class ApiClient;
class ApiReply;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Ui {

class ErrorBanner;

// Shows one list item in full: runs the entity's details command with every documented
// relation and lists the fields, then one section per relation or nested list. Known fields
// read as in the table (same labels and formats). Links above the fields open the lists that
// belong to the item, such as an account's domains.
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    DetailsPane(Models::Entity entity, Api::ApiClient *client, QWidget *parent = nullptr);
    ~DetailsPane() override;

    QTreeWidget *tree() const { return m_tree; }
    // Link buttons of the item's related lists, in the order of EntitySpec::links.
    QList<QPushButton *> linkButtons() const { return m_linkButtons; }
    ErrorBanner *errorBanner() const { return m_errorBanner; }
    bool isLoading() const { return m_reply != nullptr; }

public slots:
    // Shows the list item at once and requests its details. An empty item clears the pane.
    void showItem(const QJsonObject &listItem);
    // Requests the details of the current item again.
    void reload();

signals:
    // Emitted when a details request finished, successfully or not.
    void loaded(bool ok);
    // Emitted when the user follows a link to a related list.
    void openFilteredRequested(ResellerDesk::Models::Entity entity,
                               const ResellerDesk::Api::ListQuery &query,
                               const QString &description);

private:
    void handleReply();
    void showObject(const QJsonObject &object, bool complete);
    void addValue(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value,
                  const Models::EntitySpec &spec);
    QTreeWidgetItem *addSection(const QString &key, const QJsonValue &value);
    void updateLinks(const QString &title);
    QJsonObject unwrapDetails(const QJsonValue &data) const;
    void abortReply();
    void setStatus(const QString &text);

    const Models::EntitySpec &m_spec;
    QPointer<Api::ApiClient> m_client;
    Api::ApiReply *m_reply = nullptr;
    QJsonObject m_listItem;
    // The object shown, for the currency of amount fields.
    QJsonObject m_currentObject;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QWidget *m_linkBar = nullptr;
    QHBoxLayout *m_linkLayout = nullptr;
    QList<QPushButton *> m_linkButtons;
    ErrorBanner *m_errorBanner = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace ResellerDesk::Ui
