#pragma once

#include "api/record.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// Records of the hosting commands: accounts, domains, certificates, resources, clients and
// advanced services. Each class only names the documented fields; see Record for the rest.
// The small record classes of one area share a header instead of one file each.

namespace ResellerDesk::Api {

// Contact fields as hosting accounts, orders and order items name them.
class Contact : public Record
{
public:
    using Record::Record;
    QString firstName() const { return text(u"firstname"); }
    QString lastName() const { return text(u"lastname"); }
    QString company() const { return text(u"company"); }
    QString job() const { return text(u"job"); }
    QString address() const { return text(u"address"); }
    QString address2() const { return text(u"address2"); }
    QString city() const { return text(u"city"); }
    QString state() const { return text(u"state"); }
    QString zip() const { return text(u"zip"); }
    // ISO2 code.
    QString country() const { return text(u"country"); }
    QString email() const { return text(u"email"); }
    QString email2() const { return text(u"email2"); }
    QString phoneCountry() const { return text(u"phone_country"); }
    QString phone() const { return text(u"phone"); }
    QString faxCountry() const { return text(u"fax_country"); }
    QString fax() const { return text(u"fax"); }
};

// A hosting account of account-list and account-details.
class Account : public Record
{
public:
    using Record::Record;
    std::optional<qlonglong> accountId() const { return integer(u"account_id"); }
    std::optional<qlonglong> resourceId() const { return integer(u"resource_id"); }
    // Resource id of the parent account, used for VPS accounts.
    std::optional<qlonglong> parentId() const { return integer(u"parent_id"); }
    QString username() const { return text(u"username"); }
    QString server() const { return text(u"server"); }
    QString datacenter() const { return text(u"datacenter"); }
    QString hostname() const { return text(u"hostname"); }
    QString billingStatus() const { return text(u"billing_status"); }
    QString serviceStatus() const { return text(u"service_status"); }
    std::optional<QDateTime> startDate() const { return dateTime(u"start_date"); }
    std::optional<QDateTime> endDate() const { return dateTime(u"end_date"); }
    std::optional<int> daysToExpire() const;
    std::optional<QDateTime> mainDomainEndDate() const { return dateTime(u"main_domain_end_date"); }
    // The contact fields of account-details; empty in account-list.
    Contact contact() const { return Contact(fields()); }
    QString plan() const { return text(u"plan"); }
    QString planName() const { return text(u"plan_name"); }
    // Disk space in GB, traffic in GB, CPU and MySQL time as the service reports them.
    std::optional<double> storageUsed() const { return number(u"storage_used"); }
    std::optional<double> trafficUsed() const { return number(u"traffic_used"); }
    std::optional<qlonglong> inodesUsed() const { return integer(u"inodes_used"); }
    std::optional<double> cpuLimitUsed() const { return number(u"cpu_limit_used"); }
    std::optional<double> mysqlLimitUsed() const { return number(u"mysql_limit_used"); }
    // "YR" or "MO".
    QString periodicity() const { return text(u"periodicity"); }
    std::optional<qlonglong> productId() const { return integer(u"product_id"); }
    QString productSku() const { return text(u"product_sku"); }
    std::optional<qlonglong> clientResellerId() const { return integer(u"client_reseller_id"); }
    QString storeName() const { return text(u"store_name"); }
    std::optional<qlonglong> storeId() const { return integer(u"store_id"); }
    // Items of the "resources" relation (with: ["resources"]).
    QList<Record> resources() const;
};

// The labels of account-enums: for each property ("datacenter", "billing_status", ...), its
// values and their labels.
class AccountEnums : public Record
{
public:
    using Record::Record;
    QStringList properties() const { return fields().keys(); }
    // Returns (value, label) pairs in the order QJsonObject keeps (sorted by value).
    QList<QPair<QString, QString>> labels(const QString &property) const;
    // Returns the label of one value, or a null QString.
    QString label(const QString &property, const QString &value) const;
};

// A domain name of domain-list ("domain_id") and domain-details ("id").
class Domain : public Record
{
public:
    enum class ContactType { Registrant, Admin, Tech, Billing };

    // One WHOIS contact of domain-details, read from the fields with the contact type's prefix.
    class WhoisContact : public Record
    {
    public:
        using Record::Record;
        QString firstName() const { return text(u"firstname"); }
        QString lastName() const { return text(u"lastname"); }
        QString company() const { return text(u"company"); }
        QString jobTitle() const { return text(u"jobtitle"); }
        QString address() const { return text(u"address"); }
        QString address2() const { return text(u"address2"); }
        QString city() const { return text(u"city"); }
        QString state() const { return text(u"state"); }
        // "S" for a state, "P" for a province.
        QString stateOrProvince() const { return text(u"sp_choice"); }
        QString zip() const { return text(u"zip"); }
        QString country() const { return text(u"country"); }
        QString email() const { return text(u"email"); }
        // With the country code, such as "+1.1234567".
        QString phone() const { return text(u"phone"); }
        QString fax() const { return text(u"fax"); }
    };

    using Record::Record;
    // domain_id in domain-list, id in domain-details.
    std::optional<qlonglong> domainId() const;
    std::optional<qlonglong> resourceId() const { return integer(u"resource_id"); }
    std::optional<qlonglong> accountId() const { return integer(u"account_id"); }
    std::optional<qlonglong> rootId() const { return integer(u"root_id"); }
    QString domain() const { return text(u"domain"); }
    QString sld() const { return text(u"sld"); }
    QString tld() const { return text(u"tld"); }
    QString idn() const { return text(u"idn"); }
    QString status() const { return text(u"status"); }
    // ns1 to ns5 without the empty ones.
    QStringList nameservers() const;
    std::optional<QDateTime> startDate() const { return dateTime(u"start_date"); }
    std::optional<QDateTime> endDate() const { return dateTime(u"end_date"); }
    std::optional<int> daysToExpire() const;
    QString product() const { return text(u"product"); }
    QString parentProduct() const { return text(u"parent_product"); }
    QString parkStatus() const { return text(u"park_status"); }
    WhoisContact contact(ContactType type) const;
};

// The data of domain-check.
class DomainCheckResult : public Record
{
public:
    using Record::Record;
    QString domain() const { return text(u"domain"); }
    bool isAvailable() const { return flag(u"available").value_or(false); }
    bool canTransfer() const { return flag(u"transfer").value_or(false); }
    bool isOffered() const { return flag(u"offered").value_or(false); }
    bool isIcann() const { return flag(u"icann").value_or(false); }
    bool hasEppTransfer() const { return flag(u"epp").value_or(false); }
    bool isHosted() const { return flag(u"hosted").value_or(false); }
};

// The data of domain-tldsld.
class DomainParts : public Record
{
public:
    using Record::Record;
    QString sld() const { return text(u"sld"); }
    QString tld() const { return text(u"tld"); }
};

// An SSL certificate of certificate-list ("certificate_id") and certificate-details ("id").
class Certificate : public Record
{
public:
    using Record::Record;
    std::optional<qlonglong> certificateId() const;
    std::optional<qlonglong> resourceId() const { return integer(u"resource_id"); }
    std::optional<qlonglong> rootId() const { return integer(u"root_id"); }
    std::optional<qlonglong> serviceId() const { return integer(u"service_id"); }
    QString hostname() const { return text(u"hostname"); }
    QString altName() const { return text(u"alt_name"); }
    // "status" in certificate-details, "registration_status" in certificate-list.
    QString status() const;
    QString certificateType() const { return text(u"certificate_type"); }
    // "our" or "foreign".
    QString provider() const { return text(u"provider"); }
    std::optional<QDateTime> startDate() const { return dateTime(u"start_date"); }
    std::optional<QDateTime> endDate() const { return dateTime(u"end_date"); }
    std::optional<int> daysToExpire() const;
    QString approverEmail() const { return text(u"approver_email"); }
    QString country() const { return text(u"country"); }
    QString city() const { return text(u"city"); }
    QString state() const { return text(u"state"); }
    QString organization() const { return text(u"organization"); }
    QString organizationUnit() const { return text(u"organization_unit"); }
    QString zip() const { return text(u"zip"); }
    QString address() const { return text(u"address"); }
};

// The billing record behind a hosting service, of resource-list and resource-details.
class Resource : public Record
{
public:
    using Record::Record;
    std::optional<qlonglong> id() const { return integer(u"id"); }
    std::optional<qlonglong> parentId() const { return integer(u"parent_id"); }
    std::optional<qlonglong> rootId() const { return integer(u"root_id"); }
    std::optional<qlonglong> storeId() const { return integer(u"store_id"); }
    std::optional<qlonglong> clientResellerId() const { return integer(u"client_reseller_id"); }
    std::optional<qlonglong> catalogId() const { return integer(u"catalog_id"); }
    std::optional<qlonglong> productId() const { return integer(u"product_id"); }
    QString periodicity() const { return text(u"periodicity"); }
    // The resource value and its unit, such as 1 COUNT.
    std::optional<double> resourceValue() const { return number(u"resource"); }
    QString resourceUnit() const { return text(u"resource_unit"); }
    std::optional<qlonglong> quantity() const { return integer(u"quantity"); }
    std::optional<QDateTime> startDate() const { return dateTime(u"start_date"); }
    std::optional<QDateTime> endDate() const { return dateTime(u"end_date"); }
    QString parentType() const { return text(u"parent_type"); }
    QString parentProduct() const { return text(u"parent_product"); }
    // "username:server:domain", for keyword search.
    QString displayName() const { return text(u"display_name"); }
    QString displayNameIdn() const { return text(u"display_name_idn"); }
    std::optional<qlonglong> accountId() const { return integer(u"account_id"); }
    QString productType() const { return text(u"product_type"); }
    QString product() const { return text(u"product"); }
    std::optional<qlonglong> datacenterId() const { return integer(u"datacenter_id"); }
    QString datacenter() const { return text(u"datacenter"); }
};

// A reseller client of client-list and client-details.
class Client : public Record
{
public:
    using Record::Record;
    std::optional<qlonglong> id() const { return integer(u"id"); }
    // Account Panel login name.
    QString user() const { return text(u"user"); }
    // "active" or "suspended".
    QString status() const { return text(u"status"); }
    QString name() const { return text(u"name"); }
    QString email() const { return text(u"email"); }
    QString organization() const { return text(u"organization"); }
    QString address() const { return text(u"address"); }
    QString address2() const { return text(u"address2"); }
    QString city() const { return text(u"city"); }
    QString state() const { return text(u"state"); }
    QString zip() const { return text(u"zip"); }
    QString country() const { return text(u"country"); }
    QString phone() const { return text(u"phone"); }
    QString phoneCountry() const { return text(u"phonecode"); }
    QString fax() const { return text(u"fax"); }
    QString faxCountry() const { return text(u"faxcode"); }
    std::optional<qlonglong> vendorStoreId() const { return integer(u"vendor_store_id"); }
    std::optional<qlonglong> vendorResellerId() const { return integer(u"vendor_reseller_id"); }
    std::optional<QDateTime> lastLogin() const { return dateTime(u"last_login"); }
};

// An advanced service (such as advanced_security) of service-list and service-details.
class Service : public Record
{
public:
    using Record::Record;
    std::optional<qlonglong> id() const { return integer(u"id"); }
    std::optional<qlonglong> resourceId() const { return integer(u"resource_id"); }
    QString type() const { return text(u"type"); }
    QString status() const { return text(u"status"); }
    std::optional<QDateTime> startDate() const { return dateTime(u"start_date"); }
    std::optional<QDateTime> endDate() const { return dateTime(u"end_date"); }
    std::optional<qlonglong> accountId() const { return integer(u"account_id"); }
    QString accountHostname() const { return text(u"account_hostname"); }
    QString product() const { return text(u"product"); }
    std::optional<qlonglong> clientResellerId() const { return integer(u"client_reseller_id"); }
    QString server() const { return text(u"server"); }
    QString username() const { return text(u"username"); }
    // Service status of the hosting account, such as "running".
    QString accountStatus() const { return text(u"account_active"); }
};

} // namespace ResellerDesk::Api
