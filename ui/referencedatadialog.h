#pragma once

#include "ui/tooldialog.h"

#include <QPointer>

#include <array>
#include <memory>

class QJsonValue;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace ResellerDesk::Api {
class ApiClient;
class ApiCommands;
class ApiReply;
} // namespace ResellerDesk::Api

namespace ResellerDesk::Models {
class QuickFilterProxyModel;
} // namespace ResellerDesk::Models

namespace ResellerDesk::Ui {

// Reference data: currency rates, countries, data centers and TLDs, one tab each with a
// sortable table and a quick filter. The TLDs tab lists the selected TLD's extra attributes
// below its table. Each tab loads when it is first shown, and F5 loads the current tab again.
class ReferenceDataDialog : public ToolDialog
{
    Q_OBJECT

public:
    enum class Page { CurrencyRates, Countries, Datacenters, Tlds };
    static constexpr int PageCount = 4;

    explicit ReferenceDataDialog(Api::ApiClient *client, QWidget *parent = nullptr);
    ~ReferenceDataDialog() override;

    Page currentPage() const;
    // Switches to the tab, which loads when the window is shown.
    void showPage(Page page);
    QStandardItemModel *model(Page page) const { return m_pages.at(index(page)).model; }
    Models::QuickFilterProxyModel *proxy(Page page) const { return m_pages.at(index(page)).proxy; }
    QTableView *tableView(Page page) const { return m_pages.at(index(page)).view; }
    QLineEdit *quickFilterEdit(Page page) const { return m_pages.at(index(page)).filterEdit; }
    QString statusText(Page page) const;
    bool isLoaded(Page page) const { return m_pages.at(index(page)).loaded; }
    QStandardItemModel *attributeModel() const { return m_attributeModel; }
    QLabel *attributeTitle() const { return m_attributeTitle; }

public slots:
    // Loads the current tab again.
    void refresh() override;

signals:
    void pageLoaded(ResellerDesk::Ui::ReferenceDataDialog::Page page);
    void pageFailed(ResellerDesk::Ui::ReferenceDataDialog::Page page, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct PageWidgets
    {
        QStandardItemModel *model = nullptr;
        Models::QuickFilterProxyModel *proxy = nullptr;
        QLineEdit *filterEdit = nullptr;
        QTableView *view = nullptr;
        QLabel *status = nullptr;
        QPointer<Api::ApiReply> reply;
        bool loaded = false;
    };

    static constexpr int index(Page page) { return int(page); }
    QWidget *createPage(Page page, const QString &name);
    QWidget *createTldPage();
    void ensureLoaded(Page page);
    void load(Page page);
    void handleReply(Page page, Api::ApiReply *reply);
    // Fills the page's model from a successful reply. Returns false and stores a message when
    // the data has another shape.
    bool fillPage(Page page, const QJsonValue &data, QString *problem);
    void showAttributesOfSelectedTld();

    std::unique_ptr<Api::ApiCommands> m_commands;
    QTabWidget *m_tabs = nullptr;
    std::array<PageWidgets, PageCount> m_pages;
    QStandardItemModel *m_attributeModel = nullptr;
    QTableView *m_attributeView = nullptr;
    QLabel *m_attributeTitle = nullptr;
};

} // namespace ResellerDesk::Ui

Q_DECLARE_METATYPE(ResellerDesk::Ui::ReferenceDataDialog::Page)
