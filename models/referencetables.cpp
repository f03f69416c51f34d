#include "models/referencetables.h"

#include "models/entitytablemodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStandardItem>
#include <QStandardItemModel>

namespace ResellerDesk::Models::ReferenceTables {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResellerDesk::Models::ReferenceTables", text);
}

// One table cell: the text people see and the value the column sorts by.
struct Cell
{
    QString text;
    QVariant sortKey;
};

Cell textCell(const QString &text)
{
    return { text, text.toLower() };
}

Cell flagCell(bool value)
{
    return { value ? tr("Yes") : tr("No"), value ? 1 : 0 };
}

Cell numberCell(std::optional<double> value, int decimals)
{
    if (!value)
        return { QString(), QVariant() };
    return { QLocale().toString(*value, 'f', decimals), *value };
}

Cell integerCell(std::optional<int> value)
{
    if (!value)
        return { QString(), QVariant() };
    return { QString::number(*value), *value };
}

void setHeaders(QStandardItemModel *model, const QStringList &headers)
{
    model->clear();
    model->setColumnCount(int(headers.size()));
    model->setHorizontalHeaderLabels(headers);
}

QStandardItem *appendRow(QStandardItemModel *model, const QList<Cell> &cells)
{
    QList<QStandardItem *> items;
    QStringList texts;
    for (const Cell &cell : cells) {
        auto *item = new QStandardItem(cell.text);
        item->setEditable(false);
        item->setData(cell.sortKey, EntityTableModel::SortRole);
        items.append(item);
        texts.append(cell.text);
    }
    items.first()->setData(texts.join(u' '), EntityTableModel::SearchTextRole);
    model->appendRow(items);
    return items.first();
}

} // namespace

void fillCountries(QStandardItemModel *model, const QList<Api::Country> &countries)
{
    setHeaders(model,
        { tr("Country"), tr("ISO2"), tr("ISO3"), tr("Phone code"), tr("Continent"), tr("Currency"),
            tr("TLD"), tr("EU"), tr("EEA"), tr("VAT %"), tr("VAT prefix"), tr("Language") });
    for (const Api::Country &country : countries) {
        const QString iso2 = country.iso2().isEmpty() ? country.key() : country.iso2();
        appendRow(model,
            { textCell(country.name()), textCell(iso2), textCell(country.iso3()),
                textCell(country.phoneCode()), textCell(country.continent()),
                textCell(country.currency()), textCell(country.tld()), flagCell(country.isEu()),
                flagCell(country.isEea()), numberCell(country.vatRate(), 2),
                textCell(country.vatPrefix()), textCell(country.language()) });
    }
}

void fillDatacenters(QStandardItemModel *model, const QList<Api::Datacenter> &datacenters)
{
    setHeaders(model, { tr("SKU"), tr("Name"), tr("Country") });
    for (const Api::Datacenter &datacenter : datacenters) {
        const QString sku = datacenter.sku().isEmpty() ? datacenter.key() : datacenter.sku();
        appendRow(model,
            { textCell(sku), textCell(datacenter.name()), textCell(datacenter.countryIso2()) });
    }
}

void fillTlds(QStandardItemModel *model, const QList<Api::Tld> &tlds)
{
    setHeaders(model,
        { tr("TLD"), tr("Transfer"), tr("WHOIS privacy"), tr("IDN"), tr("EPP code"), tr("RGP"),
            tr("Min years"), tr("Max years"), tr("ICANN"), tr("Extra attributes") });
    for (const Api::Tld &tld : tlds) {
        const QString name = tld.tld().isEmpty() ? tld.key() : tld.tld();
        const qsizetype extra = tld.extraAttributes().size();
        QStandardItem *first = appendRow(model,
            { textCell(name), flagCell(tld.supportsTransfer()), flagCell(tld.supportsIdProtect()),
                flagCell(tld.supportsIdn()), flagCell(tld.supportsEpp()), flagCell(tld.hasRgp()),
                integerCell(tld.minPeriod()), integerCell(tld.maxPeriod()), flagCell(tld.isIcann()),
                { extra == 0 ? tr("None") : QString::number(extra), qlonglong(extra) } });
        first->setData(tld.fields(), EntityTableModel::RawRole);
    }
}

Api::Tld tldAt(const QStandardItemModel *model, int row)
{
    const QStandardItem *item = model->item(row, 0);
    if (!item)
        return {};
    return Api::Tld(item->data(EntityTableModel::RawRole).toJsonObject(), item->text());
}

void fillTldAttributes(QStandardItemModel *model, const Api::Tld &tld)
{
    setHeaders(model,
        { tr("Property"), tr("Label"), tr("Type"), tr("Required"), tr("Default"), tr("Options"),
            tr("Select type"), tr("Placeholder") });
    for (const Api::TldAttribute &attribute : tld.extraAttributes()) {
        QStringList options;
        for (const auto &[value, label] : attribute.options())
            options.append(label.isEmpty() ? value : tr("%1 (%2)").arg(label, value));
        QStandardItem *first = appendRow(model,
            { textCell(attribute.name()), textCell(attribute.label()), textCell(attribute.type()),
                flagCell(attribute.isRequired()), textCell(attribute.defaultValue()),
                textCell(options.join(tr(", "))), textCell(attribute.selectType()),
                textCell(attribute.placeholder()) });
        // The option list can be long, as for .eu languages: the tooltip shows one per line.
        if (!options.isEmpty())
            model->item(first->row(), 5)->setToolTip(options.join(u'\n'));
    }
}

void fillCurrencyRates(QStandardItemModel *model, const Api::CurrencyRates &rates)
{
    const QStringList currencies = rates.currencies();
    QStringList quotes;
    for (const QString &base : currencies) {
        for (const QString &quote : rates.object(u"rates").value(base).toObject().keys()) {
            if (!quotes.contains(quote))
                quotes.append(quote);
        }
    }
    quotes.sort();
    QStringList headers { tr("1 unit of") };
    headers.append(quotes);
    setHeaders(model, headers);
    for (const QString &base : currencies) {
        QList<Cell> cells { textCell(base) };
        for (const QString &quote : std::as_const(quotes))
            cells.append(numberCell(rates.rate(base, quote), 6));
        appendRow(model, cells);
    }
}

} // namespace ResellerDesk::Models::ReferenceTables
