#include "ui/referencedatadialog.h"

#include "ui/uilogging.h"

#include "api/apicommands.h"
#include "api/apireply.h"
#include "api/recordparsing.h"
#include "api/referencerecords.h"
#include "models/quickfilterproxymodel.h"
#include "models/referencetables.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace ResellerDesk::Ui {

namespace {

QTableView *createTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

ReferenceDataDialog::ReferenceDataDialog(Api::ApiClient *client, QWidget *parent)
    : ToolDialog(QStringLiteral("referenceData"), QSize(960, 640), parent)
    , m_commands(std::make_unique<Api::ApiCommands>(client))
{
    setWindowTitle(tr("Reference Data"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("referenceTabs"));
    m_tabs->addTab(
        createPage(Page::CurrencyRates, QStringLiteral("currencyRates")), tr("&Currency rates"));
    m_tabs->addTab(createPage(Page::Countries, QStringLiteral("countries")), tr("C&ountries"));
    m_tabs->addTab(
        createPage(Page::Datacenters, QStringLiteral("datacenters")), tr("&Data centers"));
    m_tabs->addTab(createTldPage(), tr("&TLDs"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (isVisible())
            ensureLoaded(Page(tab));
    });
}

ReferenceDataDialog::~ReferenceDataDialog()
{
    for (PageWidgets &page : m_pages)
        dropReply(page.reply);
}

QWidget *ReferenceDataDialog::createPage(Page page, const QString &name)
{
    auto *widget = new QWidget(this);
    PageWidgets &parts = m_pages[index(page)];
    parts.model = new QStandardItemModel(this);
    parts.proxy = new Models::QuickFilterProxyModel(this);
    parts.proxy->setSourceModel(parts.model);
    parts.filterEdit = new QLineEdit(widget);
    parts.filterEdit->setObjectName(name + QStringLiteral("Filter"));
    parts.filterEdit->setPlaceholderText(tr("Quick filter"));
    parts.filterEdit->setClearButtonEnabled(true);
    parts.view = createTable(widget, name + QStringLiteral("Table"));
    parts.view->setModel(parts.proxy);
    parts.status = new QLabel(widget);
    parts.status->setObjectName(name + QStringLiteral("Status"));
    parts.status->setWordWrap(true);
    parts.status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(parts.filterEdit, &QLineEdit::textChanged, parts.proxy,
        &Models::QuickFilterProxyModel::setQuickFilter);

    auto *layout = new QVBoxLayout(widget);
    layout->addWidget(parts.filterEdit);
    layout->addWidget(parts.view, 1);
    layout->addWidget(parts.status);
    return widget;
}

QWidget *ReferenceDataDialog::createTldPage()
{
    QWidget *tldTable = createPage(Page::Tlds, QStringLiteral("tlds"));
    m_attributeModel = new QStandardItemModel(this);
    m_attributeTitle = new QLabel(this);
    m_attributeTitle->setObjectName(QStringLiteral("tldAttributesTitle"));
    m_attributeView = createTable(this, QStringLiteral("tldAttributesTable"));
    m_attributeView->setModel(m_attributeModel);
    auto *attributes = new QWidget(this);
    auto *attributeLayout = new QVBoxLayout(attributes);
    attributeLayout->addWidget(m_attributeTitle);
    attributeLayout->addWidget(m_attributeView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tldTable);
    splitter->addWidget(attributes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The selection model is replaced whenever the view's model is set, so connect after that.
    connect(tableView(Page::Tlds)->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ReferenceDataDialog::showAttributesOfSelectedTld);
    showAttributesOfSelectedTld();
    return splitter;
}

ReferenceDataDialog::Page ReferenceDataDialog::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void ReferenceDataDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(index(page));
    if (isVisible())
        ensureLoaded(page);
}

void ReferenceDataDialog::showEvent(QShowEvent *event)
{
    ToolDialog::showEvent(event);
    ensureLoaded(currentPage());
}

QString ReferenceDataDialog::statusText(Page page) const
{
    return m_pages.at(index(page)).status->text();
}

void ReferenceDataDialog::refresh()
{
    load(currentPage());
}

void ReferenceDataDialog::ensureLoaded(Page page)
{
    const PageWidgets &parts = m_pages.at(index(page));
    if (!parts.loaded && !parts.reply)
        load(page);
}

void ReferenceDataDialog::load(Page page)
{
    PageWidgets &parts = m_pages[index(page)];
    dropReply(parts.reply);
    Api::ApiReply *reply = nullptr;
    switch (page) {
    case Page::CurrencyRates:
        reply = m_commands->currencyRates();
        break;
    case Page::Countries:
        reply = m_commands->countries();
        break;
    case Page::Datacenters:
        reply = m_commands->datacenters();
        break;
    case Page::Tlds:
        reply = m_commands->tlds();
        break;
    }
    parts.reply = reply;
    showStatus(parts.status, tr("Loading…"), false);
    connect(
        reply, &Api::ApiReply::finished, this, [this, page, reply] { handleReply(page, reply); });
}

void ReferenceDataDialog::handleReply(Page page, Api::ApiReply *reply)
{
    reply->deleteLater();
    PageWidgets &parts = m_pages[index(page)];
    parts.reply = nullptr;
    QString problem;
    if (!reply->isOk())
        problem = reply->error().userMessage();
    else if (fillPage(page, reply->data(), &problem))
        problem.clear();
    else if (problem.isEmpty())
        problem = tr("The reply to %1 has an unexpected shape.").arg(reply->command());
    if (!problem.isEmpty()) {
        qCWarning(lcUi) << "Loading reference data failed:" << reply->command() << problem;
        showStatus(parts.status, tr("%1 Press F5 to try again.").arg(problem), true);
        emit pageFailed(page, problem);
        return;
    }
    parts.loaded = true;
    parts.view->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    showStatus(parts.status,
        tr("%n row(s), loaded at %1.", nullptr, parts.model->rowCount())
            .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
        false);
    if (page == Page::Tlds)
        showAttributesOfSelectedTld();
    emit pageLoaded(page);
}

bool ReferenceDataDialog::fillPage(Page page, const QJsonValue &data, QString *problem)
{
    using namespace Api::RecordParsing;
    namespace Tables = Models::ReferenceTables;
    QStandardItemModel *model = m_pages.at(index(page)).model;
    switch (page) {
    case Page::CurrencyRates:
        if (auto rates = parseRecord<Api::CurrencyRates>(data, {}, problem)) {
            Tables::fillCurrencyRates(model, *rates);
            return true;
        }
        return false;
    case Page::Countries:
        if (auto countries
            = parseKeyedRecords<Api::Country>(data, QStringLiteral("countries"), problem)) {
            Tables::fillCountries(model, *countries);
            return true;
        }
        return false;
    case Page::Datacenters:
        if (auto datacenters
            = parseKeyedRecords<Api::Datacenter>(data, QStringLiteral("datacenters"), problem)) {
            Tables::fillDatacenters(model, *datacenters);
            return true;
        }
        return false;
    case Page::Tlds:
        if (auto tlds = parseKeyedRecords<Api::Tld>(data, QStringLiteral("tlds"), problem)) {
            Tables::fillTlds(model, *tlds);
            return true;
        }
        return false;
    }
    return false;
}

void ReferenceDataDialog::showAttributesOfSelectedTld()
{
    const PageWidgets &parts = m_pages.at(index(Page::Tlds));
    const QModelIndex current = parts.view->currentIndex();
    if (!current.isValid()) {
        m_attributeModel->clear();
        m_attributeTitle->setText(tr("Select a TLD to see its extra attributes."));
        return;
    }
    const int row = parts.proxy->mapToSource(current).row();
    const Api::Tld tld = Models::ReferenceTables::tldAt(parts.model, row);
    Models::ReferenceTables::fillTldAttributes(m_attributeModel, tld);
    m_attributeView->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    const QString name = tld.tld().isEmpty() ? tld.key() : tld.tld();
    if (m_attributeModel->rowCount() == 0)
        m_attributeTitle->setText(tr(".%1 needs no extra attributes to register.").arg(name));
    else
        m_attributeTitle->setText(tr("Extra attributes of .%1 (sent to the registry when a "
                                     "domain is registered):")
                                      .arg(name));
}

} // namespace ResellerDesk::Ui
