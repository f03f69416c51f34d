// Runs the list, show and attachment subcommands of the real resellerdesk-cli binary against a
// SandboxHost with generated data (several pages per list) and against canned loopback
// responses for the output formats and attachment names the sandbox cannot produce.

#include "clitestsupport.h"
#include "sandbox/sandboxhost.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using ResellerDesk::Sandbox::SandboxHost;
using ResellerDesk::Sandbox::SandboxOptions;
using namespace CliTest;

namespace {

const QString kToken = QStringLiteral("tst-cli-subcommands-token-5a9d13");
// Generated domains on top of the demo data, so that domain-list has several pages of 50.
constexpr int kScale = 120;

// Parses RFC 4180 CSV into rows of fields. Returns no rows for malformed quoting.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
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
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        return {};
    return rows;
}

QByteArray envelope(const QJsonValue &data)
{
    const QJsonObject object { { QStringLiteral("ttl"), 0 }, { QStringLiteral("status"), true },
        { QStringLiteral("data"), data }, { QStringLiteral("messages"), QJsonArray() } };
    return httpResponse("HTTP/1.1 200 OK", "application/json",
        QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A domain-list page whose values need CSV quoting or are nested, null or numbers.
QJsonObject awkwardPage()
{
    const QJsonObject first { { QStringLiteral("domain_id"), QStringLiteral("7") },
        { QStringLiteral("domain"), QStringLiteral("a,b.example") },
        { QStringLiteral("note"), QStringLiteral("say \"hi\"\nnext line") },
        { QStringLiteral("contacts"),
            QJsonObject { { QStringLiteral("owner"), QStringLiteral("Jane") } } },
        { QStringLiteral("tags"), QJsonArray { 1, QStringLiteral("x") } },
        { QStringLiteral("expires"), QJsonValue::Null }, { QStringLiteral("years"), 2 },
        { QStringLiteral("name"), QStringLiteral("Ünïcödé") } };
    // The second item lacks some properties and has one the first lacks.
    const QJsonObject second { { QStringLiteral("domain_id"), QStringLiteral("8") },
        { QStringLiteral("domain"), QStringLiteral("plain.example") },
        { QStringLiteral("extra"), true } };
    return QJsonObject { { QStringLiteral("limit"), 25 }, { QStringLiteral("page"), 1 },
        { QStringLiteral("count"), QStringLiteral("2") }, { QStringLiteral("pages"), 1 },
        { QStringLiteral("order_by"), QJsonObject() },
        { QStringLiteral("data"), QJsonArray { first, second } } };
}

QJsonObject attachmentData(const QString &fileName, const QByteArray &content)
{
    return QJsonObject { { QStringLiteral("id"), QStringLiteral("55") },
        { QStringLiteral("file"), fileName },
        { QStringLiteral("type"), QStringLiteral("text/plain") },
        { QStringLiteral("size"), QString::number(content.size()) },
        { QStringLiteral("data_file"), QString::fromLatin1(content.toBase64()) } };
}

} // namespace

class TestCliSubcommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void listAllPages();
    void listOnePage();
    void listFilters();
    void listFilterConditions();
    void listOrderBy();
    void listUnknownEntity();
    void listUsageErrors_data();
    void listUsageErrors();
    void listApiRejection();
    void csvCells();
    void csvQuoting();
    void tableFitsWidth();
    void tableNotes();
    void showItems();
    void showUsageErrors_data();
    void showUsageErrors();
    void showNotFound();
    void attachmentNames_data();
    void attachmentNames();
    void attachmentExistingFile();
    void attachmentFromSandbox();
    void attachmentUsageErrors_data();
    void attachmentUsageErrors();
    void dataFromFile();
    void dataFromStdin();
    void dataErrors_data();
    void dataErrors();
    void subcommandHelp_data();
    void subcommandHelp();
    void topLevelHelp();

private:
    CliResult run(const QStringList &arguments, const QByteArray &stdinData = {},
        const QProcessEnvironment &environment = cleanEnvironment());
    QJsonArray listJson(const QStringList &arguments);
    int domainCount();

    SandboxHost m_host;
};

void TestCliSubcommands::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(RESELLERDESK_CLI_PATH)), RESELLERDESK_CLI_PATH);
    SandboxOptions options;
    options.token = kToken;
    options.scale = kScale;
    options.operatorReplyDelayMs = 100;
    QString error;
    QVERIFY2(m_host.start(options, &error), qPrintable(error));
}

CliResult TestCliSubcommands::run(const QStringList &arguments, const QByteArray &stdinData,
    const QProcessEnvironment &environment)
{
    return runCli(QStringList { QStringLiteral("--api-url"), m_host.url().toString(),
                      QStringLiteral("--token"), kToken }
            + arguments,
        environment, stdinData);
}

// Runs list with --format json and returns the items, or an empty array after a failed check.
QJsonArray TestCliSubcommands::listJson(const QStringList &arguments)
{
    const CliResult result = run(
        QStringList { QStringLiteral("list") } + arguments + QStringList { "--format", "json" });
    if (result.exitCode != 0) {
        qWarning("list failed: %s", result.err.constData());
        return {};
    }
    const QJsonDocument document = QJsonDocument::fromJson(result.out);
    if (!document.isArray())
        qWarning("list printed no JSON array: %s", result.out.left(200).constData());
    return document.array();
}

int TestCliSubcommands::domainCount()
{
    const CliResult result = run({ "call", "domain-list", "--data", "{\"limit\": \"1\"}" });
    return toInt(QJsonDocument::fromJson(result.out).object().value(QStringLiteral("count")));
}

void TestCliSubcommands::listAllPages()
{
    const int count = domainCount();
    QVERIFY(count > 150);
    const QJsonArray items = listJson({ "domain", "--all", "--limit", "50" });
    QCOMPARE(items.size(), count);
    QSet<QString> ids;
    for (const QJsonValue &item : items)
        ids.insert(item.toObject().value(QStringLiteral("domain_id")).toString());
    QCOMPARE(ids.size(), count);

    // Without --limit, --all uses pages of 100; the result is the same set in the same order.
    const QJsonArray defaultPages = listJson({ "domain", "--all" });
    QCOMPARE(defaultPages, items);
}

void TestCliSubcommands::listOnePage()
{
    const QJsonArray first = listJson({ "domain", "--limit", "50" });
    QCOMPARE(first.size(), 50);
    const QJsonArray second = listJson({ "domain", "--limit", "50", "--page", "2" });
    QCOMPARE(second.size(), 50);
    QVERIFY(first.first() != second.first());
    // Without --limit the API's default page size applies.
    QCOMPARE(listJson({ "domain" }).size(), 25);
}

void TestCliSubcommands::listFilters()
{
    const QJsonArray items = listJson({ "domain", "--all", "--limit", "40", "--filter",
        "days_to_expire:<==30", "--filter", "domain:like%=b" });
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &item : items) {
        const QJsonObject domain = item.toObject();
        QVERIFY2(toInt(domain.value(QStringLiteral("days_to_expire"))) <= 30,
            qPrintable(domain.value(QStringLiteral("domain")).toString()));
        QVERIFY(domain.value(QStringLiteral("domain")).toString().startsWith(u'b'));
    }

    // Every domain is in exactly one of "< 30" and ">= 30", written both ways.
    const int below
        = listJson({ "domain", "--all", "--limit", "100", "--filter", "days_to_expire:<30" })
              .size();
    const int atOrAbove
        = listJson({ "domain", "--all", "--limit", "100", "--filter", "days_to_expire:>==30" })
              .size();
    QCOMPARE(below + atOrAbove, domainCount());
    // Without the second '=' after a symbol, "<=" is still "at most".
    QCOMPARE(listJson({ "domain", "--all", "--limit", "100", "--filter", "days_to_expire:<=30" }),
        listJson({ "domain", "--all", "--limit", "100", "--filter", "days_to_expire:<==30" }));
    QVERIFY(listJson({ "domain", "--all", "--limit", "100", "--filter", "days_to_expire:>=30" })
                .size()
        == atOrAbove);
}

void TestCliSubcommands::listFilterConditions()
{
    const QJsonArray firstPage = listJson({ "domain", "--limit", "2" });
    QCOMPARE(firstPage.size(), 2);
    const QString first = firstPage.at(0).toObject().value(QStringLiteral("domain_id")).toString();

    const QJsonArray equal = listJson({ "domain", "--filter", "domain_id=" + first });
    QCOMPARE(equal.size(), 1);
    QCOMPARE(equal.first().toObject().value(QStringLiteral("domain_id")).toString(), first);

    const QJsonArray equalCondition = listJson({ "domain", "--filter", "domain_id:==" + first });
    QCOMPARE(equalCondition, equal);

    const QJsonArray notEqual
        = listJson({ "domain", "--all", "--limit", "200", "--filter", "domain_id:!=" + first });
    QCOMPARE(notEqual.size(), domainCount() - 1);

    // The sandbox takes "in" for the ticket status, as a list of values.
    const QJsonArray answered = listJson({ "ticket", "--all", "--filter", "status=answered" });
    const QJsonArray closed = listJson({ "ticket", "--all", "--filter", "status=closed" });
    QVERIFY(!answered.isEmpty());
    const QJsonArray in = listJson({ "ticket", "--all", "--filter", "status:in=answered,closed" });
    QCOMPARE(in.size(), answered.size() + closed.size());
    for (const QJsonValue &item : in) {
        const QString status = item.toObject().value(QStringLiteral("status")).toString();
        QVERIFY2(status == u"answered" || status == u"closed", qPrintable(status));
    }
}

void TestCliSubcommands::listOrderBy()
{
    const QJsonArray items = listJson({ "domain", "--limit", "60", "--order-by", "domain:desc" });
    QCOMPARE(items.size(), 60);
    for (qsizetype i = 1; i < items.size(); ++i) {
        const QString previous
            = items.at(i - 1).toObject().value(QStringLiteral("domain")).toString();
        const QString current = items.at(i).toObject().value(QStringLiteral("domain")).toString();
        QVERIFY2(previous.compare(current, Qt::CaseInsensitive) >= 0,
            qPrintable(previous + u' ' + current));
    }
}

void TestCliSubcommands::listUnknownEntity()
{
    const CliResult result = run({ "list", "domains" });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("\"domains\""), result.err.constData());
    QVERIFY2(result.err.contains("account, certificate, client, domain, order, payment, product, "
                                 "resource, service, store, ticket"),
        result.err.constData());
}

void TestCliSubcommands::listUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    // Text that stderr must contain: the wrong value or option.
    QTest::addColumn<QString>("expected");
    QTest::newRow("no entity") << QStringList { "list" } << "account, certificate";
    QTest::newRow("extra argument") << QStringList { "list", "domain", "x" } << "\"x\"";
    QTest::newRow("filter without value")
        << QStringList { "list", "domain", "--filter", "domain" } << "\"domain\"";
    QTest::newRow("unknown condition")
        << QStringList { "list", "domain", "--filter", "domain:about=x" } << "\"about\"";
    QTest::newRow("word condition without '='")
        << QStringList { "list", "domain", "--filter", "domain:like%b" } << "'='";
    QTest::newRow("filter without colon")
        << QStringList { "list", "domain", "--filter", "days_to_expire<=30" } << "':'";
    QTest::newRow("filter without property")
        << QStringList { "list", "domain", "--filter", ":like%=x" } << "property";
    QTest::newRow("order direction")
        << QStringList { "list", "domain", "--order-by", "domain:down" } << "domain:down";
    QTest::newRow("limit zero") << QStringList { "list", "domain", "--limit", "0" } << "\"0\"";
    QTest::newRow("page text") << QStringList { "list", "domain", "--page", "two" } << "\"two\"";
    QTest::newRow("page and all") << QStringList { "list", "domain", "--page", "2", "--all" }
                                  << "--all";
    QTest::newRow("format") << QStringList { "list", "domain", "--format", "xml" } << "\"xml\"";
    QTest::newRow("option of call") << QStringList { "list", "domain", "--get" } << "--get";
    QTest::newRow("option of list") << QStringList { "call", "domain-list", "--all" } << "--all";
    QTest::newRow("scale without sandbox")
        << QStringList { "list", "domain", "--sandbox-scale", "5" } << "--sandbox";
}

void TestCliSubcommands::listUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliResult result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(expected.toUtf8()), result.err.constData());
    // The hint points to the help of the subcommand that was run.
    const QByteArray hint = "resellerdesk-cli " + arguments.first().toUtf8() + " --help";
    QVERIFY2(result.err.contains(hint), result.err.constData());
}

void TestCliSubcommands::listApiRejection()
{
    const CliResult result = run({ "list", "domain", "--filter", "no_such_property=1" });
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("invalid:filter.no_such_property"), result.err.constData());
    // The sandbox's message names the value and the properties that exist.
    QVERIFY2(result.err.contains("filter \"no_such_property\" value \"1\" is invalid"),
        result.err.constData());
    QVERIFY2(result.err.contains("domain_id"), result.err.constData());
}

// Every CSV cell equals the JSON value of the same item and property.
void TestCliSubcommands::csvCells()
{
    const QStringList query = { "domain", "--limit", "30", "--order-by", "domain" };
    const QJsonArray items = listJson(query);
    QCOMPARE(items.size(), 30);
    const CliResult result
        = run(QStringList { "list" } + query + QStringList { "--format", "csv" });
    QCOMPARE(result.exitCode, 0);
    const QList<QStringList> rows = parseCsv(result.out);
    QCOMPARE(rows.size(), items.size() + 1);
    const QStringList header = rows.first();
    QCOMPARE(header.first(), QStringLiteral("domain_id"));
    for (qsizetype row = 1; row < rows.size(); ++row) {
        const QJsonObject item = items.at(row - 1).toObject();
        QCOMPARE(rows.at(row).size(), header.size());
        for (qsizetype column = 0; column < header.size(); ++column) {
            const QJsonValue value = item.value(header.at(column));
            const QString expected
                = value.isNull() || value.isUndefined() ? QString() : value.toString();
            QCOMPARE(rows.at(row).at(column), expected);
        }
    }
}

void TestCliSubcommands::csvQuoting()
{
    CannedServer server(envelope(awkwardPage()));
    QVERIFY(server.listen());
    const CliResult result = runCli(
        { "list", "domain", "--format", "csv", "--api-url", server.url(), "--token", kToken },
        cleanEnvironment());
    QCOMPARE(result.exitCode, 0);

    // The id and the entity's leading columns come first, then the others in alphabetical order.
    QVERIFY2(
        result.out.startsWith("domain_id,domain,contacts,expires,extra,name,note,tags,years\r\n"),
        result.out.constData());
    QVERIFY(result.out.contains("\"say \"\"hi\"\"\nnext line\""));
    const QList<QStringList> rows = parseCsv(result.out);
    QCOMPARE(rows.size(), 3);
    const QStringList first = rows.at(1);
    QCOMPARE(first.size(), 9);
    QCOMPARE(first.at(0), QStringLiteral("7"));
    QCOMPARE(first.at(1), QStringLiteral("a,b.example"));
    QCOMPARE(first.at(2), QStringLiteral("{\"owner\":\"Jane\"}"));
    QCOMPARE(first.at(3), QString());
    QCOMPARE(first.at(4), QString());
    QCOMPARE(first.at(5), QStringLiteral("Ünïcödé"));
    QCOMPARE(first.at(6), QStringLiteral("say \"hi\"\nnext line"));
    QCOMPARE(first.at(7), QStringLiteral("[1,\"x\"]"));
    QCOMPARE(first.at(8), QStringLiteral("2"));
    const QStringList second = rows.at(2);
    QCOMPARE(second.at(0), QStringLiteral("8"));
    QCOMPARE(second.at(1), QStringLiteral("plain.example"));
    QCOMPARE(second.at(2), QString());
    QCOMPARE(second.at(4), QStringLiteral("true"));
}

void TestCliSubcommands::tableFitsWidth()
{
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(QStringLiteral("COLUMNS"), QStringLiteral("80"));
    const CliResult result = run({ "list", "domain", "--format", "table" }, {}, environment);
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2 + 25);
    QVERIFY2(lines.first().startsWith(QStringLiteral("domain_id")), qPrintable(lines.first()));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("---------")));
    for (const QString &line : lines)
        QVERIFY2(line.size() <= 80, qPrintable(line));
    // Column starts line up: each header column starts where its rule starts.
    const QString header = lines.at(0);
    const QString rule = lines.at(1);
    for (qsizetype i = 1; i < rule.size(); ++i) {
        if (rule.at(i) == u'-' && rule.at(i - 1) == u' ')
            QVERIFY2(header.at(i) != u' ' && header.at(i - 1) == u' ', qPrintable(header));
    }
}

void TestCliSubcommands::tableNotes()
{
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(QStringLiteral("COLUMNS"), QStringLiteral("60"));
    const CliResult result
        = run({ "list", "domain", "--format", "table", "--limit", "10" }, {}, environment);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains("Page 1 of"), result.err.constData());
    QVERIFY2(result.err.contains("--all"), result.err.constData());
    QVERIFY2(result.err.contains("left out"), result.err.constData());

    // Without a width limit every column is shown and nothing is left out.
    const CliResult wide = run({ "list", "domain", "--format", "table", "--all" });
    QCOMPARE(wide.exitCode, 0);
    QVERIFY2(wide.err.isEmpty(), wide.err.constData());
    QCOMPARE(
        QString::fromUtf8(wide.out).split(u'\n', Qt::SkipEmptyParts).size(), 2 + domainCount());

    CannedServer server(envelope(QJsonObject { { QStringLiteral("limit"), 25 },
        { QStringLiteral("page"), 1 }, { QStringLiteral("count"), QStringLiteral("0") },
        { QStringLiteral("pages"), 0 }, { QStringLiteral("data"), QJsonArray() } }));
    QVERIFY(server.listen());
    const CliResult empty = runCli(
        { "list", "order", "--format", "table", "--api-url", server.url(), "--token", kToken },
        cleanEnvironment());
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.out, QByteArray("No items match.\n"));

    const CliResult pastEnd = run({ "list", "domain", "--format", "table", "--page", "999" });
    QCOMPARE(pastEnd.exitCode, 0);
    QVERIFY2(pastEnd.out.startsWith("Page 999 is past the last page, "), pastEnd.out.constData());
}

void TestCliSubcommands::showItems()
{
    const QJsonObject domain = listJson({ "domain", "--limit", "1" }).first().toObject();
    const QString domainId = domain.value(QStringLiteral("domain_id")).toString();
    const QString domainName = domain.value(QStringLiteral("domain")).toString();
    QVERIFY(!domainId.isEmpty());

    const CliResult byId = run({ "show", "domain", domainId });
    QVERIFY2(byId.exitCode == 0, byId.err.constData());
    QCOMPARE(QJsonDocument::fromJson(byId.out).object().value(QStringLiteral("domain")).toString(),
        domainName);
    const CliResult byName = run({ "show", "domain", domainName });
    QVERIFY2(byName.exitCode == 0, byName.err.constData());
    // domain-details calls the id "id", where domain-list uses "domain_id".
    QCOMPARE(QJsonDocument::fromJson(byName.out).object().value(QStringLiteral("id")).toString(),
        domainId);

    const QString accountId = listJson({ "account", "--limit", "1" })
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("account_id"))
                                  .toString();
    const CliResult account = run({ "show", "account", accountId, "--with", "resources" });
    QVERIFY2(account.exitCode == 0, account.err.constData());
    const QJsonObject accountObject = QJsonDocument::fromJson(account.out).object();
    QCOMPARE(accountObject.value(QStringLiteral("account_id")).toString(), accountId);
    QVERIFY(accountObject.value(QStringLiteral("resources")).isArray());

    const QString ticketId = listJson({ "ticket", "--limit", "1" })
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toString();
    const CliResult ticket = run({ "show", "ticket", ticketId });
    QVERIFY2(ticket.exitCode == 0, ticket.err.constData());
    const QJsonObject thread
        = QJsonDocument::fromJson(ticket.out).object().value(QStringLiteral("ticket")).toObject();
    QCOMPARE(thread.value(QStringLiteral("id")).toVariant().toString(), ticketId);
}

void TestCliSubcommands::showUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no entity") << QStringList { "show" } << "payment-request";
    QTest::newRow("unknown entity") << QStringList { "show", "invoice", "1" } << "\"invoice\"";
    QTest::newRow("no id") << QStringList { "show", "domain" } << "list domain";
    QTest::newRow("text id") << QStringList { "show", "account", "abc" } << "\"abc\"";
    QTest::newRow("zero id") << QStringList { "show", "ticket", "0" } << "\"0\"";
    QTest::newRow("extra argument") << QStringList { "show", "order", "A", "B" } << "\"B\"";
    QTest::newRow("with on store")
        << QStringList { "show", "store", "1", "--with", "x" } << "--with";
    QTest::newRow("format") << QStringList { "show", "domain", "1", "--format", "csv" }
                            << "--format";
}

void TestCliSubcommands::showUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliResult result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(expected.toUtf8()), result.err.constData());
}

void TestCliSubcommands::showNotFound()
{
    const CliResult result = run({ "show", "domain", "987654321" });
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("domain-details"), result.err.constData());
}

void TestCliSubcommands::attachmentNames_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("savedName");
    QTest::newRow("parent folders") << "../../x.txt"
                                    << "x.txt";
    QTest::newRow("absolute path") << "/etc/passwd"
                                   << "passwd";
    QTest::newRow("backslashes") << "..\\..\\win.ini"
                                 << "win.ini";
    QTest::newRow("control characters")
        << QStringLiteral("re\u0007port\u202e\nfdp.txt") << "reportfdp.txt";
    QTest::newRow("empty") << ""
                           << "attachment";
    QTest::newRow("only dots") << ".."
                               << "attachment";
    QTest::newRow("hidden") << ".bashrc"
                            << "bashrc";
}

void TestCliSubcommands::attachmentNames()
{
    QFETCH(QString, fileName);
    QFETCH(QString, savedName);
    const QByteArray content("attachment content\n");
    CannedServer server(envelope(attachmentData(fileName, content)));
    QVERIFY(server.listen());
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    const QString folder = parent.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(folder));

    const CliResult result = runCli({ "attachment", "55", "--type", "question", "--output-dir",
                                        folder, "--api-url", server.url(), "--token", kToken },
        cleanEnvironment());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString expectedPath = QDir(folder).filePath(savedName);
    QCOMPARE(QString::fromUtf8(result.out), expectedPath + u'\n');
    QFile saved(expectedPath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), content);
    // Nothing else in the folder (no temporary file left) and nothing next to it.
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList { savedName });
    QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("out") });
}

void TestCliSubcommands::attachmentExistingFile()
{
    CannedServer server(envelope(attachmentData(QStringLiteral("report.txt"), "new")));
    QVERIFY(server.listen());
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile existing(folder.filePath(QStringLiteral("report.txt")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("old");
    existing.close();

    const QStringList arguments = { "attachment", "55", "--type", "answer", "--output-dir",
        folder.path(), "--api-url", server.url(), "--token", kToken };
    const CliResult second = runCli(arguments, cleanEnvironment());
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(QString::fromUtf8(second.out).trimmed(), folder.filePath("report (2).txt"));
    const CliResult third = runCli(arguments, cleanEnvironment());
    QCOMPARE(QString::fromUtf8(third.out).trimmed(), folder.filePath("report (3).txt"));

    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("old"));
    QFile saved(folder.filePath(QStringLiteral("report (2).txt")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("new"));
}

// Posts a ticket with an attachment through the CLI, then saves that attachment.
void TestCliSubcommands::attachmentFromSandbox()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QByteArray content("log line 1\nlog line 2\n");
    const QJsonObject ticket { { QStringLiteral("username"), QStringLiteral("exampleusername") },
        { QStringLiteral("domain"), QStringLiteral("example.com") },
        { QStringLiteral("subject"), QStringLiteral("Attachment from the CLI test") },
        { QStringLiteral("question"), QStringLiteral("See the log.") },
        { QStringLiteral("attachments"),
            QJsonArray { QJsonObject {
                { QStringLiteral("file"), QStringLiteral("../../server.log") },
                { QStringLiteral("type"), QStringLiteral("text/plain") },
                { QStringLiteral("data_file"), QString::fromLatin1(content.toBase64()) } } } } };
    const QString payloadPath = folder.filePath(QStringLiteral("ticket.json"));
    QFile payload(payloadPath);
    QVERIFY(payload.open(QIODevice::WriteOnly));
    payload.write(QJsonDocument(ticket).toJson());
    payload.close();

    // Earlier threads of the account must be read before posting, as the service requires.
    const QJsonArray tickets
        = listJson({ "ticket", "--all", "--filter", "username=exampleusername" });
    for (const QJsonValue &item : tickets)
        QCOMPARE(run({ "show", "ticket", item.toObject().value(QStringLiteral("id")).toString() })
                     .exitCode,
            0);
    const CliResult posted = run({ "call", "ticket-post", "--data", u'@' + payloadPath });
    QVERIFY2(posted.exitCode == 0, posted.err.constData());
    const QString ticketId = QJsonDocument::fromJson(posted.out)
                                 .object()
                                 .value(QStringLiteral("id"))
                                 .toVariant()
                                 .toString();
    QVERIFY(!ticketId.isEmpty());

    const CliResult shown = run({ "show", "ticket", ticketId });
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    const QJsonObject thread
        = QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("ticket")).toObject();
    QString attachmentId;
    for (const QJsonValue &message : thread.value(QStringLiteral("messages")).toArray()) {
        for (const QJsonValue &attachment :
            message.toObject().value(QStringLiteral("question_attachment")).toArray())
            attachmentId = attachment.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY2(!attachmentId.isEmpty(), shown.out.constData());

    const CliResult saved
        = run({ "attachment", attachmentId, "--type", "question", "--output-dir", folder.path() });
    QVERIFY2(saved.exitCode == 0, saved.err.constData());
    QCOMPARE(QString::fromUtf8(saved.out).trimmed(), folder.filePath("server.log"));
    QFile file(folder.filePath(QStringLiteral("server.log")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestCliSubcommands::attachmentUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no id") << QStringList { "attachment", "--type", "question" } << "attachment id";
    QTest::newRow("text id") << QStringList { "attachment", "x1", "--type", "question" }
                             << "\"x1\"";
    QTest::newRow("no type") << QStringList { "attachment", "5" } << "--type";
    QTest::newRow("wrong type") << QStringList { "attachment", "5", "--type", "reply" }
                                << "\"reply\"";
    QTest::newRow("missing folder") << QStringList { "attachment", "5", "--type", "question",
        "--output-dir", "/nonexistent/folder" }
                                    << "/nonexistent/folder";
}

void TestCliSubcommands::attachmentUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliResult result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(expected.toUtf8()), result.err.constData());
}

void TestCliSubcommands::dataFromFile()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile file(folder.filePath(QStringLiteral("query.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"limit\": \"3\"\n}\n");
    file.close();
    const CliResult result = run({ "call", "domain-list", "--data", u'@' + file.fileName() });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject page = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(toInt(page.value(QStringLiteral("limit"))), 3);
    QCOMPARE(page.value(QStringLiteral("data")).toArray().size(), 3);
}

void TestCliSubcommands::dataFromStdin()
{
    const CliResult result = run({ "call", "domain-list", "--data", "-" }, "{\"limit\": \"4\"}");
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(
        QJsonDocument::fromJson(result.out).object().value(QStringLiteral("data")).toArray().size(),
        4);

    const CliResult invalid = run({ "call", "domain-list", "--data", "-" }, "{\"limit\": }");
    QCOMPARE(invalid.exitCode, 2);
    QVERIFY2(invalid.err.contains("standard input"), invalid.err.constData());
    QVERIFY2(invalid.err.contains("line 1, column"), invalid.err.constData());
}

void TestCliSubcommands::dataErrors_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing file") << "missing.json" << QByteArray() << "missing.json";
    QTest::newRow("folder") << "folder" << QByteArray() << "folder";
    QTest::newRow("invalid json") << "broken.json" << QByteArray("{\n  \"limit\": \"3\",\n}\n")
                                  << "line 3";
    QTest::newRow("array") << "array.json" << QByteArray("[1]") << "array";
}

void TestCliSubcommands::dataErrors()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(fileName);
    if (fileName == u"folder") {
        QVERIFY(QDir().mkpath(path));
    } else if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const CliResult result = run({ "call", "domain-list", "--data", u'@' + path });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(expected.toUtf8()), result.err.constData());
    QVERIFY2(result.err.contains(fileName.toUtf8()), result.err.constData());

    const CliResult noName = run({ "call", "domain-list", "--data", "@" });
    QCOMPARE(noName.exitCode, 2);
    QVERIFY2(noName.err.contains("@FILE"), noName.err.constData());
}

void TestCliSubcommands::subcommandHelp_data()
{
    QTest::addColumn<QString>("subcommand");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("call") << "call" << QStringList { "call COMMAND", "--data", "@FILE" };
    QTest::newRow("list") << "list"
                          << QStringList { "list ENTITY", "--filter", "--all", "--format",
                                 "days_to_expire:<=30", "payment" };
    QTest::newRow("show") << "show"
                          << QStringList { "show ENTITY ID", "--with", "payment-request" };
    QTest::newRow("attachment") << "attachment"
                                << QStringList { "attachment ID", "--type", "--output-dir" };
}

void TestCliSubcommands::subcommandHelp()
{
    QFETCH(QString, subcommand);
    QFETCH(QStringList, expected);
    const CliResult result = runCli({ subcommand, "--help" }, cleanEnvironment());
    QCOMPARE(result.exitCode, 0);
    for (const QString &text : expected)
        QVERIFY2(result.out.contains(text.toUtf8()), qPrintable(text));
    // Connection options are listed for every subcommand, other subcommands' options not.
    QVERIFY(result.out.contains("--sandbox"));
    if (subcommand != u"list")
        QVERIFY(!result.out.contains("--order-by"));
}

void TestCliSubcommands::topLevelHelp()
{
    const CliResult result = runCli({ "--help" }, cleanEnvironment());
    QCOMPARE(result.exitCode, 0);
    for (const char *subcommand :
        { "call COMMAND", "list ENTITY", "show ENTITY ID", "attachment ID" })
        QVERIFY2(result.out.contains(subcommand), subcommand);
}

QTEST_GUILESS_MAIN(TestCliSubcommands)
#include "tst_clisubcommands.moc"
