// Everyday features of the main window on the offscreen platform against the sandbox: CSV
// export of what a table shows, copying rows, the column chooser, saved filters, the
// shortcuts list, Open in Browser, preferences and the loading status text.

#include "ui/columnchooser.h"
#include "ui/entitytab.h"
#include "ui/everydayactions.h"
#include "ui/filterpane.h"
#include "ui/loadingstatus.h"
#include "ui/mainwindow.h"
#include "ui/preferencesdialog.h"
#include "ui/savedfilters.h"
#include "ui/savedfiltersdialog.h"
#include "ui/shortcutsdialog.h"
#include "ui/tableactions.h"

#include "api/apiclient.h"
#include "models/csvexporter.h"
#include "models/entitytablemodel.h"
#include "models/listloader.h"
#include "models/preferences.h"
#include "models/quickfilterproxymodel.h"
#include "sandbox/sandboxhost.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace ResellerDesk;
using Models::Entity;

namespace {

// Splits RFC 4180 text into records of fields. Quoted fields may contain commas, doubled
// quotes and line breaks, and records end in CRLF.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

// Receives the URLs that QDesktopServices would open in a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class TestEveryday : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportMatchesView();
    void exportBadPathNamed();
    void copyRowsText();
    void copyShortcutOnTable();
    void columnChooserPersists();
    void savedFilterRoundTrip();
    void savedFilterRenameDelete();
    void shortcutsListed();
    void openUrlPerRow();
    void preferencesRoundTrip();
    void preferencesRejectBadValues();
    void loadingStatusReadable();
    void screenshotsSaved();

private:
    Ui::EntityTab *openTab(Entity entity);
    Ui::EverydayActions *everydayActions() const;

    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    Api::ApiClient *m_client = nullptr;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestEveryday::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ResellerDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_everyday"));
    QSettings().clear();
    m_sandbox = std::make_unique<Sandbox::SandboxHost>();
    Sandbox::SandboxOptions options;
    options.scale = 200;
    QString problem;
    QVERIFY2(m_sandbox->start(options, &problem), qPrintable(problem));
    Api::ConnectionSettings settings;
    settings.baseUrl = m_sandbox->url();
    settings.token = m_sandbox->token();
    m_client = new Api::ApiClient(settings, this);
}

void TestEveryday::init()
{
    m_window = std::make_unique<Ui::MainWindow>(m_client);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestEveryday::cleanup()
{
    m_window.reset();
    QSettings().clear();
}

Ui::EntityTab *TestEveryday::openTab(Entity entity)
{
    m_window->showEntity(entity);
    Ui::EntityTab *tab = m_window->tab(entity);
    if (!tab || m_window->currentTab() != tab)
        return nullptr;
    tab->ensureLoaded();
    if (tab->isLoading()) {
        QSignalSpy finished(tab->loader(), &Models::ListLoader::finished);
        if (!finished.wait(20000))
            return nullptr;
    }
    return tab->model()->rowCount() > 0 ? tab : nullptr;
}

Ui::EverydayActions *TestEveryday::everydayActions() const
{
    return m_window->findChild<Ui::EverydayActions *>();
}

void TestEveryday::exportMatchesView()
{
    Ui::EntityTab *tab = openTab(Entity::Orders);
    QVERIFY(tab);
    QTableView *view = tab->tableView();
    const Models::EntitySpec &spec = tab->model()->spec();
    // Narrow, sort, move a column to the front, show a hidden one and hide a shown one.
    // The quick filter takes the first column value of row 0 that matches some rows, not all.
    const int allRows = tab->model()->rowCount();
    for (const char *key : { "paid", "status", "payment_method", "store_title" }) {
        const QModelIndex cell = tab->model()->index(0, spec.columnIndex(key));
        tab->proxyModel()->setQuickFilter(cell.data().toString());
        if (tab->proxyModel()->rowCount() > 5 && tab->proxyModel()->rowCount() < allRows)
            break;
    }
    view->sortByColumn(spec.columnIndex("total"), Qt::DescendingOrder);
    QHeaderView *header = view->horizontalHeader();
    header->moveSection(header->visualIndex(spec.columnIndex("email")), 0);
    view->setColumnHidden(spec.columnIndex("currency"), false);
    view->setColumnHidden(spec.columnIndex("payment_method"), true);
    const QAbstractItemModel *proxy = view->model();
    QVERIFY(proxy->rowCount() > 5);
    QVERIFY(proxy->rowCount() < tab->model()->rowCount());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("orders.csv");
    Models::CsvExporter *exporter = everydayActions()->exportView(tab, path);
    QVERIFY(exporter);
    QSignalSpy finished(exporter, &Models::CsvExporter::finished);
    QVERIFY(finished.wait(20000));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(records.size(), proxy->rowCount() + 1);

    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            columns.append(header->logicalIndex(visual));
    }
    QCOMPARE(columns.first(), spec.columnIndex("email"));
    QVERIFY(columns.contains(spec.columnIndex("currency")));
    QVERIFY(!columns.contains(spec.columnIndex("payment_method")));
    QCOMPARE(records.first().size(), columns.size());
    for (int i = 0; i < columns.size(); ++i)
        QCOMPARE(
            records.first().at(i), proxy->headerData(columns.at(i), Qt::Horizontal).toString());

    bool sawQuotedField = false;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QStringList &record = records.at(row + 1);
        QCOMPARE(record.size(), columns.size());
        for (int i = 0; i < columns.size(); ++i) {
            const QString shown = proxy->index(row, columns.at(i)).data().toString();
            sawQuotedField = sawQuotedField || shown.contains(u',') || shown.contains(u'"');
            if (record.at(i) == shown)
                continue;
            // Only cells that a spreadsheet would run as formulas may differ, by a leading '.
            QCOMPARE(record.at(i), u'\'' + shown);
            QVERIFY2(QStringLiteral("=+-@").contains(shown.front()), qPrintable(shown));
        }
    }
    // Order item summaries and amounts contain commas, so quoting was exercised.
    QVERIFY(sawQuotedField);
}

void TestEveryday::exportBadPathNamed()
{
    Ui::EntityTab *tab = openTab(Entity::Accounts);
    QVERIFY(tab);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("no-such-folder/accounts.csv");
    Models::CsvExporter *exporter = everydayActions()->exportView(tab, path);
    QVERIFY(exporter);
    QSignalSpy failed(exporter, &Models::CsvExporter::failed);
    QVERIFY(failed.wait(20000));
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    auto *box = m_window->findChild<QMessageBox *>("exportError");
    QVERIFY(box);
    QCOMPARE(box->text(), message);
    box->close();
}

void TestEveryday::copyRowsText()
{
    Ui::EntityTab *tab = openTab(Entity::Domains);
    QVERIFY(tab);
    QTableView *view = tab->tableView();
    view->horizontalHeader()->moveSection(view->horizontalHeader()->visualIndex(1), 0);
    view->setColumnHidden(2, true);
    view->clearSelection();
    view->selectionModel()->select(
        view->model()->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(
        view->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<int> columns = Ui::TableActions::visibleColumns(view);
    QCOMPARE(columns.first(), 1);
    QVERIFY(!columns.contains(2));

    QApplication::clipboard()->clear();
    auto *copy = view->findChild<QAction *>("copyRowsAction");
    QVERIFY(copy);
    copy->trigger();
    const QStringList lines = QApplication::clipboard()->text().split(u'\n');
    // Header, rows 1 and 3 in view order, and the empty piece after the last newline.
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.last(), QString());
    const QAbstractItemModel *model = view->model();
    const auto expectedLine = [&](int row) {
        QStringList fields;
        for (int column : columns) {
            fields.append(row < 0 ? model->headerData(column, Qt::Horizontal).toString()
                                  : model->index(row, column).data().toString());
        }
        return fields.join(u'\t');
    };
    QCOMPARE(lines.at(0), expectedLine(-1));
    QCOMPARE(lines.at(1), expectedLine(1));
    QCOMPARE(lines.at(2), expectedLine(3));
}

void TestEveryday::copyShortcutOnTable()
{
    Ui::EntityTab *tab = openTab(Entity::Accounts);
    QVERIFY(tab);
    QTableView *view = tab->tableView();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    view->selectRow(0);
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QApplication::clipboard()->clear();
    QTest::keySequence(view, QKeySequence::Copy);
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.count(u'\n') == 2, qPrintable(text));
    QVERIFY(text.startsWith(tab->model()->headerData(0, Qt::Horizontal).toString()));

    // In the quick filter, Ctrl+C copies the field's own text.
    QLineEdit *quickFilter = tab->quickFilterEdit();
    quickFilter->setText(QStringLiteral("needle"));
    quickFilter->selectAll();
    quickFilter->setFocus();
    QTRY_VERIFY(quickFilter->hasFocus());
    QTest::keySequence(quickFilter, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("needle"));
}

void TestEveryday::columnChooserPersists()
{
    Ui::EntityTab *tab = openTab(Entity::Tickets);
    QVERIFY(tab);
    {
        Ui::ColumnChooser chooser(tab->tableView());
        QListWidget *list = chooser.list();
        QCOMPARE(list->count(), tab->model()->columnCount());
        // Uncheck the second listed column and check every hidden one.
        for (int row = 0; row < list->count(); ++row)
            list->item(row)->setCheckState(row == 1 ? Qt::Unchecked : Qt::Checked);
        chooser.accept();
    }
    const int hiddenColumn = tab->tableView()->horizontalHeader()->logicalIndex(1);
    const int lastColumn = tab->model()->columnCount() - 1;
    QVERIFY(tab->tableView()->isColumnHidden(hiddenColumn));
    QVERIFY(!tab->tableView()->isColumnHidden(lastColumn));

    m_window->close();
    m_window = std::make_unique<Ui::MainWindow>(m_client);
    m_window->restoreLayout();
    QTableView *view = m_window->tab(Entity::Tickets)->tableView();
    QVERIFY(view->isColumnHidden(hiddenColumn));
    QVERIFY(!view->isColumnHidden(lastColumn));

    // Unchecking every column leaves OK disabled and changes nothing.
    Ui::ColumnChooser chooser(view);
    for (int row = 0; row < chooser.list()->count(); ++row)
        chooser.list()->item(row)->setCheckState(Qt::Unchecked);
    chooser.accept();
    QVERIFY(!Ui::TableActions::visibleColumns(view).isEmpty());
}

void TestEveryday::savedFilterRoundTrip()
{
    Ui::EntityTab *tab = openTab(Entity::Domains);
    QVERIFY(tab);
    Ui::FilterPane *pane = tab->filterPane();
    auto *days = pane->findChild<QLineEdit *>("filter_days_to_expire");
    QVERIFY(days);
    days->setText(QStringLiteral("30"));
    const QVariantMap values = pane->fieldValues();
    QCOMPARE(values.value("days_to_expire").toString(), QStringLiteral("30"));
    Api::ListQuery expected;
    QVERIFY(pane->buildQuery(&expected));

    auto *saved = pane->findChild<Ui::SavedFilters *>("savedFilters");
    QVERIFY(saved);
    QString problem;
    QVERIFY2(saved->saveCurrent(QStringLiteral("Expiring soon"), &problem), qPrintable(problem));
    QVERIFY(!saved->saveCurrent(QStringLiteral("   "), &problem));
    QVERIFY2(problem.contains("empty"), qPrintable(problem));

    pane->reset();
    QVERIFY(pane->fieldValues().isEmpty());
    QSignalSpy started(tab->loader(), &Models::ListLoader::started);
    QVERIFY2(saved->applyFilter(QStringLiteral("Expiring soon"), &problem), qPrintable(problem));
    QCOMPARE(started.count(), 1);
    QCOMPARE(pane->fieldValues(), values);
    QCOMPARE(tab->loader()->query().toPayload().toJson(), expected.toPayload().toJson());

    // A new window reads the same saved filter from QSettings.
    m_window = std::make_unique<Ui::MainWindow>(m_client);
    auto *reloaded = m_window->tab(Entity::Domains)->filterPane()->findChild<Ui::SavedFilters *>();
    QVERIFY(reloaded);
    QCOMPARE(reloaded->store().names(), QStringList { "Expiring soon" });
    QVERIFY(!reloaded->applyFilter(QStringLiteral("missing"), &problem));
    QVERIFY2(problem.contains("missing"), qPrintable(problem));
}

void TestEveryday::savedFilterRenameDelete()
{
    Ui::FilterPane *pane = m_window->tab(Entity::Tickets)->filterPane();
    auto *saved = pane->findChild<Ui::SavedFilters *>();
    QVERIFY(saved);
    QString problem;
    QVERIFY(saved->saveCurrent(QStringLiteral("One"), &problem));
    QVERIFY(saved->saveCurrent(QStringLiteral("Two"), &problem));
    Ui::SavedFiltersDialog dialog(&saved->store());
    QCOMPARE(dialog.list()->count(), 2);
    dialog.list()->setCurrentRow(0);
    QVERIFY(!dialog.renameSelected(QStringLiteral("Two"), &problem));
    QVERIFY2(problem.contains("already exists"), qPrintable(problem));
    QVERIFY2(dialog.renameSelected(QStringLiteral("Uno"), &problem), qPrintable(problem));
    QCOMPARE(saved->store().names(), (QStringList { "Uno", "Two" }));
    QCOMPARE(dialog.list()->currentItem()->text(), QStringLiteral("Uno"));
    dialog.deleteSelected();
    QCOMPARE(saved->store().names(), QStringList { "Two" });
    QCOMPARE(dialog.list()->count(), 1);
    // Filters of one list do not show up in another.
    auto *domains = m_window->tab(Entity::Domains)->filterPane()->findChild<Ui::SavedFilters *>();
    QVERIFY(domains->store().names().isEmpty());
}

void TestEveryday::shortcutsListed()
{
    const QList<Ui::ShortcutsDialog::Entry> entries = Ui::ShortcutsDialog::collect(m_window.get());
    const auto find = [&entries](const QString &action) {
        for (const Ui::ShortcutsDialog::Entry &entry : entries) {
            if (entry.action == action)
                return entry;
        }
        return Ui::ShortcutsDialog::Entry {};
    };
    QCOMPARE(find("Refresh").shortcuts,
        QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText));
    QCOMPARE(find("Refresh").place, QStringLiteral("View"));
    QCOMPARE(find("Quick filter").shortcuts,
        QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
    QCOMPARE(find("Export View…").shortcuts,
        QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText));
    // Qt has no Preferences key on Linux; the action must still have one.
    QVERIFY(!find("Preferences…").shortcuts.isEmpty());
    // One Copy Rows entry, although every table has its own action.
    int copies = 0;
    for (const Ui::ShortcutsDialog::Entry &entry : entries)
        copies += entry.action == u"Copy Rows" ? 1 : 0;
    QCOMPARE(copies, 1);

    Ui::ShortcutsDialog dialog(m_window.get());
    QTreeWidget *tree = dialog.tree();
    QCOMPARE(tree->topLevelItemCount(), entries.size());
    QVERIFY(!tree->findItems(QStringLiteral("Refresh"), Qt::MatchExactly, 0).isEmpty());
    QVERIFY(!tree->findItems(QStringLiteral("Quick filter"), Qt::MatchExactly, 0).isEmpty());
}

void TestEveryday::openUrlPerRow()
{
    QCOMPARE(Ui::TableActions::webAddress(
                 { { "billing_url", "https://example.surebillingnetwork.com" } }),
        QUrl("https://example.surebillingnetwork.com"));
    QCOMPARE(Ui::TableActions::webAddress(
                 { { "billing_url", "" }, { "widget_url", "http://example.com/store" } }),
        QUrl("http://example.com/store"));
    QVERIFY(!Ui::TableActions::webAddress({ { "billing_url", "javascript:alert(1)" } }).isValid());
    QVERIFY(!Ui::TableActions::webAddress({ { "billing_url", "file:///etc/passwd" } }).isValid());
    QVERIFY(!Ui::TableActions::webAddress({ { "hostname", "example.org" } }).isValid());

    // Accounts carry no web address in the reference, so the action stays disabled.
    Ui::EntityTab *tab = openTab(Entity::Accounts);
    QVERIFY(tab);
    tab->tableView()->selectRow(0);
    auto *open = tab->tableView()->findChild<QAction *>("openUrlAction");
    QVERIFY(open);
    QVERIFY(!open->isEnabled());
    QVERIFY(!open->toolTip().isEmpty());
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    open->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QVERIFY(catcher.urls.isEmpty());
}

void TestEveryday::preferencesRoundTrip()
{
    Ui::PreferencesDialog dialog;
    Models::Preferences defaults = dialog.preferences();
    QCOMPARE(defaults.language, QString());
    QCOMPARE(defaults.notificationsEnabled, true);
    QCOMPARE(defaults.notificationIntervalMinutes, 15);

    auto *language = dialog.findChild<QComboBox *>("language");
    auto *enabled = dialog.findChild<QCheckBox *>("notificationsEnabled");
    auto *interval = dialog.findChild<QSpinBox *>("notificationInterval");
    QVERIFY(language && enabled && interval);
    language->setCurrentIndex(language->findData(QStringLiteral("bg")));
    enabled->setChecked(false);
    QVERIFY(!interval->isEnabled());
    enabled->setChecked(true);
    interval->setValue(90);
    QVERIFY(dialog.findChild<QLabel *>("restartNote")->isEnabled());
    dialog.accept();

    QSettings settings;
    QCOMPARE(settings.value("ui/language").toString(), QStringLiteral("bg"));
    QCOMPARE(settings.value("notifications/enabled").toBool(), true);
    QCOMPARE(settings.value("notifications/intervalMinutes").toInt(), 90);
    Ui::PreferencesDialog again;
    QCOMPARE(again.preferences().language, QStringLiteral("bg"));
    QCOMPARE(again.preferences().notificationIntervalMinutes, 90);
}

void TestEveryday::preferencesRejectBadValues()
{
    QSettings settings;
    settings.setValue("ui/language", "xx");
    settings.setValue("notifications/intervalMinutes", 5000);
    settings.setValue("notifications/enabled", false);
    const Models::Preferences loaded = Models::Preferences::load();
    QCOMPARE(loaded.language, QString());
    QCOMPARE(loaded.notificationIntervalMinutes, 15);
    QCOMPARE(loaded.notificationsEnabled, false);
    settings.setValue("notifications/intervalMinutes", "often");
    QCOMPARE(Models::Preferences::load().notificationIntervalMinutes, 15);
}

void TestEveryday::loadingStatusReadable()
{
    QCOMPARE(Ui::loadingStatusText(Entity::Accounts, 0, 0), QStringLiteral("Loading accounts…"));
    QCOMPARE(Ui::loadingStatusText(Entity::Accounts, 3, 40),
        QStringLiteral("Loading accounts… 3 of 40 pages"));
    QCOMPARE(Ui::loadingStatusText(Entity::Tickets, 2, 5),
        QStringLiteral("Loading tickets… 2 of 5 pages"));

    // While a tab loads, the status bar names the list instead of the command.
    Ui::EntityTab *tab = m_window->tab(Entity::Domains);
    m_window->showEntity(Entity::Domains);
    tab->ensureLoaded();
    QVERIFY(tab->isLoading());
    QVERIFY2(tab->statusText().startsWith(QStringLiteral("Loading domains…")),
        qPrintable(tab->statusText()));
    QVERIFY(!tab->statusText().contains(QStringLiteral("domain-list")));
    QSignalSpy progress(tab->loader(), &Models::ListLoader::progress);
    QVERIFY(progress.wait(20000));
    QVERIFY2(tab->statusText().contains(QStringLiteral(" of ")) || !tab->isLoading(),
        qPrintable(tab->statusText()));
}

// Saves the dialogs for docs/screenshots when RESELLERDESK_SCREENSHOT_DIR names a folder,
// for a run under Xvfb with QT_QPA_PLATFORM=xcb. Skipped otherwise.
void TestEveryday::screenshotsSaved()
{
    const QString folder = qEnvironmentVariable("RESELLERDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("RESELLERDESK_SCREENSHOT_DIR is not set");
    Ui::EntityTab *tab = openTab(Entity::Orders);
    QVERIFY(tab);
    Ui::PreferencesDialog preferences(m_window.get());
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    QVERIFY(preferences.grab().save(QDir(folder).filePath("preferences.png")));
    preferences.close();
    Ui::ShortcutsDialog shortcuts(m_window.get(), m_window.get());
    shortcuts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shortcuts));
    QVERIFY(shortcuts.grab().save(QDir(folder).filePath("keyboard-shortcuts.png")));
    shortcuts.close();
    QVERIFY(m_window->grab().save(QDir(folder).filePath("everyday-main.png")));
}

QTEST_MAIN(TestEveryday)
#include "tst_everyday.moc"
