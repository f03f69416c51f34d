<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Csv</name>
    <message>
        <source>Could not write the CSV file %1: %2. Choose another folder or file name, or free some disk space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitySpec</name>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main domain expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inodes used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL time used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains of account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced services of account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources of account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources of client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting accounts of client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client of resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting account of resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (IDN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data center ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting account of service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storefront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoprocess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widget URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max order period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max renewal period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client of payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment processor ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterFields</name>
    <message>
        <source>Expires within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least (attachments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. s801</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent product starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or email contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support user starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. smtp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searches alternative names too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hosted, 0 not hosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted on account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username, server or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. advanced_security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. examplestore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storefront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadingStatus</name>
    <message>
        <source>Loading accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading accounts… %1 of %n pages</source>
        <translation>
            <numerusform>Loading accounts… %1 of %n page</numerusform>
            <numerusform>Loading accounts… %1 of %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading domains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading domains… %1 of %n pages</source>
        <translation>
            <numerusform>Loading domains… %1 of %n page</numerusform>
            <numerusform>Loading domains… %1 of %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading orders… %1 of %n pages</source>
        <translation>
            <numerusform>Loading orders… %1 of %n page</numerusform>
            <numerusform>Loading orders… %1 of %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading tickets… %1 of %n pages</source>
        <translation>
            <numerusform>Loading tickets… %1 of %n page</numerusform>
            <numerusform>Loading tickets… %1 of %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading… %1 of %n pages</source>
        <translation>
            <numerusform>Loading… %1 of %n page</numerusform>
            <numerusform>Loading… %1 of %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading certificates… %1 of %n pages</source>
        <translation>
            <numerusform>Loading certificates… %1 of %n page</numerusform>
            <numerusform>Loading certificates… %1 of %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading clients… %1 of %n pages</source>
        <translation>
            <numerusform>Loading clients… %1 of %n page</numerusform>
            <numerusform>Loading clients… %1 of %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading resources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading resources… %1 of %n pages</source>
        <translation>
            <numerusform>Loading resources… %1 of %n page</numerusform>
            <numerusform>Loading resources… %1 of %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading advanced services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading advanced services… %1 of %n pages</source>
        <translation>
            <numerusform>Loading advanced services… %1 of %n page</numerusform>
            <numerusform>Loading advanced services… %1 of %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading stores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading stores… %1 of %n pages</source>
        <translation>
            <numerusform>Loading stores… %1 of %n page</numerusform>
            <numerusform>Loading stores… %1 of %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading products… %1 of %n pages</source>
        <translation>
            <numerusform>Loading products… %1 of %n page</numerusform>
            <numerusform>Loading products… %1 of %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading payments… %1 of %n pages</source>
        <translation>
            <numerusform>Loading payments… %1 of %n page</numerusform>
            <numerusform>Loading payments… %1 of %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationSidebar</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDraft</name>
    <message>
        <source>Could not save the order draft to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order draft %1 is unreadable: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderItemContacts</name>
    <message>
        <source>First name *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone country *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone *:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Attachment &lt;s&gt;%1&lt;/s&gt; (%2, deleted)&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment &lt;a href=&apos;%1:%2/%3&apos;&gt;%4&lt;/a&gt; (%5, %6)&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::ApiClient</name>
    <message>
        <source>the server closed the connection before it sent a response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::ApiCommands</name>
    <message>
        <source>the id %1 is not valid. Ids are positive numbers from a list or details command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is empty. Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain name is empty. Enter a name such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain name needs both parts, such as &quot;example&quot; and &quot;com&quot;; &quot;%1&quot; and &quot;%2&quot; were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the currency &quot;%1&quot; is not a three-letter code. Use a code such as USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order id is empty. Enter the order id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attachment id %1 is not valid. Take the id from the ticket&apos;s message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the support username is empty. Enter the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is empty. Enter the support account&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the location is empty. Pick a host name from video-list-locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room name &quot;%1&quot; is not valid. Use 1 to 80 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::ApiError</name>
    <message>
        <source>The command &quot;%1&quot; was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; could not reach the API (%2). Check the API address in the connection settings and the network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; timed out waiting for the API. The service or the network may be slow or down. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; failed because the secure connection could not be established (%2). Check the API address, the computer&apos;s date and time, and any proxy that intercepts https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; failed because the API returned HTTP status %2. The service has a problem; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; was redirected (HTTP status %2) to another address. The app does not follow redirects to other hosts, so that the API token stays with the configured one. Check the API address in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; was refused with HTTP status %2. Check the API token and the HMAC secret in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; was not found at the API address (HTTP status 404). Check the API address in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; failed with HTTP status %2 and a response that is not from the API. Check the API address in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; returned a response the app cannot read (%2). Try again later; if it persists, check the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API reported a failure without a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::ApiMessage</name>
    <message>
        <source>The API token was rejected. Check the token in the connection settings and that API access is enabled for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request signature was rejected. Check the HMAC secret and that the computer&apos;s clock is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request time stamp (ts) was rejected as too old or in the future. Check that the computer&apos;s clock and time zone are correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API could not read the request body as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API does not know this command. Check the command name and the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request nonce was rejected as used before. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had an internal error. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain name is not available for registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested item was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required but missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has an invalid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item with the given &quot;%1&quot; was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This concerns item %1 (counted from 0).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::ApiReply</name>
    <message>
        <source>&quot;%1&quot; is not a command name. Command names are lowercase words joined by hyphens, such as &quot;account-list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timeout %1 ms is not positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API client was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is not JSON but starts with &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1 with a successful envelope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::CertificateErrorLog</name>
    <message>
        <source>Issued to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 to %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::CommandRequests</name>
    <message>
        <source>The ticket message is empty. Write the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket message has %1 characters, more than the maximum of %2. Shorten it or attach the text as a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket message has %1 attachments, more than the maximum of %2. Remove some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment has no file name. Name the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment name &quot;%1&quot; is longer than %2 characters. Rename the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; has the MIME type &quot;%2&quot;. Give a type of 1 to %3 characters, such as image/png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; has %2 bytes, more than the maximum of 20 MB. Attach a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment names no order. Give the order id or the payment request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment type &quot;%1&quot; is not valid. Use incoming, refund or chargeback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment has no payment method, such as PayPal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment has no transaction id. Give the processor&apos;s transaction id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment has no merchant id. Give the processor&apos;s merchant id, or &quot;manual&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment total &quot;%1&quot; is not a decimal number. Use a number such as 72.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not a three-letter code. Use a code such as USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment request names no order. Give the order id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not a positive decimal number. Use a number such as 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment request has no payment method. Give a processor slug such as PayPal:663.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket has no domain. Pick one of the support account&apos;s ticket domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket has no subject. Write a subject line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket subject has %1 characters, more than the maximum of %2. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply names the ticket id %1. Give the id of the ticket to reply to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::ConnectionProfile</name>
    <message>
        <source>The profile name is missing. Enter a name such as &quot;Main store&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name &quot;%1&quot; is longer than 80 characters. Enter a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout of %1 s is out of range. Enter from %2 to %3 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not known. Enter an IANA name such as Europe/Sofia, or leave it empty for UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller key (all stores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store key (one store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::ConnectionSettings</name>
    <message>
        <source>The API address &quot;%1&quot; is not a valid URL. Enter an address such as https://api.suresupport.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address &quot;%1&quot; uses the scheme &quot;%2&quot;. Use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address &quot;%1&quot; uses plain http, which would send the API token unencrypted. Use https://, or http:// only for this computer (127.0.0.1, ::1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address &quot;%1&quot; contains a query or fragment. Enter only the scheme, host and optional path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout %1 ms is not positive. Enter a timeout of at least 1000 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::Envelope</name>
    <message>
        <source>The response is not valid JSON (%1 at byte %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is JSON but not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no &quot;status&quot; value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::ListPage</name>
    <message>
        <source>The response data is not a list page: it has no &quot;data&quot; list of items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::ListQuery</name>
    <message>
        <source>The filter property &quot;%1&quot; is not a property name. Use letters, digits, underscores and dots only, such as &quot;username&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 filter on &quot;%2&quot; needs two values &quot;from,to&quot;, but got &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The in filter on &quot;%1&quot; has an empty list. Give at least one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 filter on &quot;%2&quot; needs a single value, not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sort property &quot;%1&quot; is not a property name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size %1 is negative. Use 0 for the default or a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page number %1 is negative. Pages are counted from 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::OrderRequest</name>
    <message>
        <source>An order item has no item id. Give each item an id that is unique within the order, such as &quot;1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order item &quot;%1&quot; has the action &quot;%2&quot;. Use order, renewal, upgrade or purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order item &quot;%1&quot; has the period %2. Use a period of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order item &quot;%1&quot; has the quantity %2. Use a quantity of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom order item &quot;%1&quot; needs a price and a description. Set them with setCustomPurchase().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order item &quot;%1&quot; is a %2 and needs the resource id of the service to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order item &quot;%1&quot; has no catalog id. Pick the product from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain order item &quot;%1&quot; has the domain action &quot;%2&quot;. Use register, transfer or renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain order item &quot;%1&quot; needs both the sld and the tld, such as &quot;example&quot; and &quot;com&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain order item &quot;%1&quot; has more than 5 name servers. Give at most 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate order item &quot;%1&quot; is missing %2. Fill in these fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order item &quot;%1&quot; orders hosting but has no host name. Give the account&apos;s domain, such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order to update has no order id. Give the id that order-create or order-list returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no items. Add at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s contact is missing %1. Fill in these fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two order items have the item id &quot;%1&quot;. Give each item its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order item &quot;%1&quot; names the parent item &quot;%2&quot;, which is not in the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A business invoice needs the recipient&apos;s name (invoice_ceo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice type &quot;%1&quot; is not valid. Use personal or business.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::Pager</name>
    <message>
        <source>the API client was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::RecordParsing</name>
    <message>
        <source>the response data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; of the response data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not an object. Check that the API address points to the ICDSoft API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a list of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 of %2 is %3, not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response data (%1) is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 of the list is %2, not an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::SecretStore</name>
    <message>
        <source>The keychain entry of this profile is damaged. Edit the profile and enter the token again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain has no token for this profile. Edit the profile and enter the token again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain stayed locked, so the token could not be read or stored there. Unlock the keychain and try again, or keep the token for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Install and start a Secret Service such as GNOME Keyring or KWallet, or keep the token for this session only. The app never writes tokens to a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::TicketAttachment</name>
    <message>
        <source>The data of attachment &quot;%1&quot; is not valid base64 text. Download the attachment again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Models::AttachmentFiles</name>
    <message>
        <source>The attachment &quot;%1&quot; has no file data, because it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to create &quot;%1&quot;: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to write &quot;%1&quot;: %2. Check the free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file. Attach a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 bytes, more than the maximum of 20 MB per attachment. Attach a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to read &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Models::CannedReplies</name>
    <message>
        <source>Thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {name},

Thank you for the quick answer. It works now.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

Could you please check {domain} again? The problem is still there for ticket {ticket}.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

The issue is solved, so this ticket can be closed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned reply %1 has no title. Enter a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canned reply &quot;%1&quot; has no text. Write the text or delete the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortcut &quot;%1&quot; of &quot;%2&quot; contains a space. Use one word, such as /thanks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortcut &quot;%1&quot; is used by &quot;%2&quot; and &quot;%3&quot;. Give one of them another shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Models::CatalogModel</name>
    <message numerus="yes">
        <source>%n yr: %1</source>
        <translation>
            <numerusform>%n yr: %1</numerusform>
            <numerusform>%n yr: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packages %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Models::CsvExporter</name>
    <message>
        <source>The table to export no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table shows no columns, so there is nothing to export. Show at least one column with View &gt; Columns and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table to export was closed before the export finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table changed while it was being exported, because rows were loaded or the sort order or quick filter changed. Nothing was written to %1. Export again once the table has finished loading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Models::DomainCheckModel</name>
    <message>
        <source>it is a web address, not a domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no top-level domain such as .com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has two dots in a row or starts with a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; starts or ends with a hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains the character &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid domain name because %3. Enter one name per line, such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one domain name, such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names were entered, but one check takes at most %2. Remove some names and check the rest afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered and hosted with us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available for registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered; transfer with its EPP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered; can be transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered; cannot be transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the name can be transferred to us from another registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a transfer needs the EPP authorization code from the current registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the name can be ordered here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the name is already hosted on our servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPP code needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; contains characters that a domain name cannot have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered, because this TLD cannot be ordered here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Models::DraftStore</name>
    <message>
        <source>Failed to save the draft to &quot;%1&quot;: %2. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to create the draft folder &quot;%1&quot;. Check that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Models::OrderPlacer</name>
    <message>
        <source>No response to order-create: the server closed the connection; the order may or may not have been created: check the Orders page before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Models::ReferenceTables</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHOIS privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RGP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICANN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 unit of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Models::TicketThread</name>
    <message>
        <source>The reply is being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last reply timed out. The thread is reloaded to see whether it arrived before you can send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can reply once the support operator has answered the last message (can_reply is false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply timed out, and reloading the thread to check whether it arrived failed too. Reload the thread (F5) before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply timed out and the reloaded thread does not contain it, so it was not stored. Send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::AboutDialog</name>
    <message>
        <source>About ResellerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;ResellerDesk %1&lt;/h2&gt;&lt;p&gt;Desktop client for ICDSoft resellers: hosting accounts, domains, orders and support tickets through the ICDSoft reseller API.&lt;/p&gt;&lt;p&gt;Qt %2 (built with Qt %3)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::AttachmentPanel</name>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an attachment to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the desktop&apos;s default application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a&amp;ll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all attachments to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachments to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to create a temporary folder for opening attachments: %1. Save the attachment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1.</source>
        <translation>
            <numerusform>Saved %n file to %1.</numerusform>
            <numerusform>Saved %n files to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for %1. Open or save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open &quot;%1&quot;. Save the attachment and open it from its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (declared %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is %1 but the sender declared %2. Open the file with care.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::CannedRepliesDialog</name>
    <message>
        <source>Canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the shortcut in a message and press Tab to insert the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {name} (the customer&apos;s name), {username}, {domain}, {subject} and {ticket} (the ticket id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::CatalogBrowser</name>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices of store %1 in %2. Periods are in years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading stores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no store. Create one in the Account Panel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange rate from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices converted to %1 at %2 per %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these columns. Drag a column header in the table to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ConnectDialog</name>
    <message>
        <source>Connect to the ICDSoft API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store or reseller API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; leave empty if HMAC is not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the token in the X-Auth-Token header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token and secret are kept in memory until the app quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HMAC secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token is missing. Paste the key from the Account Panel (Online Stores -&gt; Management or My Accounts -&gt; API Settings).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::DashboardLists</name>
    <message>
        <source>Hosting account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the order wizard with a renewal of the selected hosting account or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over usage (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread answers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::DashboardView</name>
    <message numerus="yes">
        <source>Hosting accounts expiring in %n day(s)</source>
        <translation>
            <numerusform>Hosting accounts expiring in %n day</numerusform>
            <numerusform>Hosting accounts expiring in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Domains expiring in %n day(s)</source>
        <translation>
            <numerusform>Domains expiring in %n day</numerusform>
            <numerusform>Domains expiring in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificates expiring in %n day(s)</source>
        <translation>
            <numerusform>Certificates expiring in %n day</numerusform>
            <numerusform>Certificates expiring in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hosting accounts expired in the last %n day(s)</source>
        <translation>
            <numerusform>Hosting accounts expired in the last %n day</numerusform>
            <numerusform>Hosting accounts expired in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Domains expired in the last %n day(s)</source>
        <translation>
            <numerusform>Domains expired in the last %n day</numerusform>
            <numerusform>Domains expired in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificates expired in the last %n day(s)</source>
        <translation>
            <numerusform>Certificates expired in the last %n day</numerusform>
            <numerusform>Certificates expired in the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads the dashboard again (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets with unread answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting accounts expiring in %1 to %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains expiring in %1 to %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates expiring in %1 to %2 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::DetailsPane</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has no %1, so its details cannot be requested. Refresh the list and select the row again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the list values only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned no details for this row. Refresh the list; the item may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not returned by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::DomainCheckDialog</name>
    <message>
        <source>Domain Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One domain name per line, such as:
example.com
example.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the names (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %n name(s).</source>
        <translation>
            <numerusform>Checked %n name.</numerusform>
            <numerusform>Checked %n names.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) could not be checked; the Result column says why.</source>
        <translation>
            <numerusform>%n name could not be checked; the Result column says why.</numerusform>
            <numerusform>%n names could not be checked; the Result column says why.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter domain names, one per line, and press Check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n name(s)…</source>
        <translation>
            <numerusform>Checking %n name…</numerusform>
            <numerusform>Checking %n names…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::EntityTab</name>
    <message>
        <source>Filters sent to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick filter: narrow the loaded rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rows match the quick filter</source>
        <translation>
            <numerusform>%1 of %n row match the quick filter</numerusform>
            <numerusform>%1 of %n rows match the quick filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (loading cancelled, %n more on the server)</source>
        <translation>
            <numerusform> (loading cancelled, %n more on the server)</numerusform>
            <numerusform> (loading cancelled, %n more on the server)</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows match the filters sent to the server. Change the filters or press Reset to see every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n loaded rows matches the quick filter.</source>
        <translation>
            <numerusform>The %n loaded row does not match the quick filter.</numerusform>
            <numerusform>None of the %n loaded rows matches the quick filter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::EverydayActions</name>
    <message>
        <source>&amp;Export View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows of the current table as they are shown to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ResellerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has no table to export. Open a list such as Accounts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is still running. Wait until it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %1 of %n rows</source>
        <translation>
            <numerusform>Exporting… %1 of %n row</numerusform>
            <numerusform>Exporting… %1 of %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has no table columns to choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ExpiryChart</name>
    <message>
        <source>Expiries per week, next 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::FilterPane</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the rows that match these filters from the server (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters and load every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number. Enter a number of days such as 30, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the start date %2 is after the end date %3. Swap the dates or clear one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading and keep the rows loaded so far (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ResellerDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::MessageEditor</name>
    <message>
        <source>Write the message. Ctrl+Enter sends it. Type a canned reply&apos;s shortcut such as /thanks and press Tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: at most %1 files of 20 MB each. Drop files here or paste an image into the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned &amp;reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: the draft&apos;s attachments are still being restored. Attach it again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: a message takes at most %2 attachments. Remove one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: it has %2, more than the maximum of 20 MB per attachment. Attach a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft&apos;s attachment &quot;%1&quot; was not found in the draft folder, so it was left out. The text was kept. Attach the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted-image-%1.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::NavigationSidebar</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::NewTicketDialog</name>
    <message>
        <source>The support account has unread operator responses in tickets %1. Open and read them first, then send the new ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the support account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not sent, because listing the account&apos;s tickets failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending timed out. Checking whether the ticket arrived…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending timed out, and checking whether the ticket arrived failed too. Look for the ticket in the Tickets tab before you send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending timed out and the ticket did not arrive. Send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Tickets tab for the ticket first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the support account&apos;s domains…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderActions</name>
    <message>
        <source>O&amp;rder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unfinished order was saved. Order &gt; New order continues it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order was not finished last time. Continue with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upgrade account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Accounts page and select the account to renew first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Domains page and select the domain to renew first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Accounts page and select the account to upgrade first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderAddItemDialog</name>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s), %1</source>
        <translation>
            <numerusform>%n year, %1</numerusform>
            <numerusform>%n years, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain name without .%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required: enter a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; is not an amount. Enter a number such as 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderContactPage</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s contact receives the service e-mails. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone country *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client requests an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEO (business):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for a business invoice: enter a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderDetailsEditor</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone country code *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax country code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client requests an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEO (business):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice country code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save contact and invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for a business invoice: enter a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderDialog</name>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pa&amp;yment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elete payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact and invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period in years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from %2, %3 %4 &amp;lt;%5&amp;gt;. Status: %6, %7. Total: %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments: %1. Due: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has processed this order, so only payments can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order needs at least one item. Delete the order instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Period changed to %n year(s).</source>
        <translation>
            <numerusform>Period changed to %n year.</numerusform>
            <numerusform>Period changed to %n years.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the marked contact and invoice fields, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact and invoice details saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete order %1 with its %n item(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete order %1 with its %n item? This cannot be undone.</numerusform>
            <numerusform>Delete order %1 with its %n items? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete payment %1 of order %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderItemContacts</name>
    <message>
        <source>Contact of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact of its own (registrant, admin and tech)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain contact:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderItemForm</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1 is renewed with its current details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s), %1</source>
        <translation>
            <numerusform>%n year, %1</numerusform>
            <numerusform>%n years, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain name (without .%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer from another registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPP code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 5, separated by spaces; empty for the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHOIS privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the domain name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1.%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is available to register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is taken. It can be transferred with its EPP code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is taken. It can be transferred without an EPP code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is taken and cannot be transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: enter a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount. Enter a price such as 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: check this box.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderItemsPage</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the details of each item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderPlacePage</name>
    <message>
        <source>Place the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is sent once. Afterwards you can request or record a payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was the order created?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not created: &amp;send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create payment &amp;request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment &amp;received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the service. Looking for the order in the recent orders before anything is sent again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), total %1.</source>
        <translation>
            <numerusform>%n item, total %1.</numerusform>
            <numerusform>%n items, total %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was placed. Total: %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2, %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recent orders could not be searched either (%1). Check the Orders tab before you send the order again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent order with this e-mail and these items exists, so it was probably not created. Send it again when the connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) of the last day have this e-mail and these items. If the newest is this order, use it instead of sending the order again.</source>
        <translation>
            <numerusform>%n order of the last day have this e-mail and these items. If the newest is this order, use it instead of sending the order again.</numerusform>
            <numerusform>%n orders of the last day have this e-mail and these items. If the newest is this order, use it instead of sending the order again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment request %1 created: %2 %3 through %4. Send the client the store&apos;s payment page for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderProductsPage</name>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add products from the catalog. Select a plan in the order before adding its options, such as a discounted domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew existing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew an existing resource with the selected product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a product in the catalog first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog node %1 does not exist in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a group. Add one of its products instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sold with %2 only. Add %2 to the order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog node %1 has no renewal price. Select a product that can be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the product to renew in the catalog first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource id of the account, domain or certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n item(s) of %2.</source>
        <translation>
            <numerusform>%1 needs at least %n item of %2.</numerusform>
            <numerusform>%1 needs at least %n items of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 allows at most %n item(s) of %2.</source>
        <translation>
            <numerusform>%1 allows at most %n item of %2.</numerusform>
            <numerusform>%1 allows at most %n items of %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Upgrade existing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade an existing account to the selected plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog node %1 has no order price, so nothing can be upgraded to it. Select a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the plan to upgrade %1 to in the catalog, then press Upgrade existing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the plan to upgrade to in the catalog first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource id of the hosting account:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the items and the total. The order is sent on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: an item has no price for its period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rate from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 %2 = %3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderStorePage</name>
    <message>
        <source>Store and client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store that sells the order and the client it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contact (entered on the Contact page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Existing client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Catalog loaded: %n top-level products.</source>
        <translation>
            <numerusform>Catalog loaded: %n top-level product.</numerusform>
            <numerusform>Catalog loaded: %n top-level products.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading stores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no store. Create one in the Account Panel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderWizard</name>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no product &quot;%1&quot; to renew %2 with. Add a renewal by hand from the catalog instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is being sent. Wait for the service&apos;s reply before you close the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known whether the order was created. Close anyway? Check the Orders tab before you order again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service rejected the order. Correct the marked fields and place it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::PaymentsChart</name>
    <message>
        <source>Payments per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies after you restart ResellerDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications for new operator answers and for items that will expire within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often ResellerDesk asks the service for news, from 1 to 1440 minutes (one day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::PresetFilterBar</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rows of the filters above instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ProfileDialog</name>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the embedded sandbox with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store or reseller API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; leave empty if HMAC is not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the token in the X-Auth-Token header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC (the service&apos;s default), or a name such as Europe/Sofia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token and HMAC secret are stored in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HMAC secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by the app: the sandbox runs on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Enter another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token is missing. Paste the key from the Account Panel (Online Stores -&gt; Management or My Accounts -&gt; API Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the token for this session only? You will have to enter it again after the app restarts. The other settings of the profile are saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ProfileSession</name>
    <message>
        <source>This build cannot start the embedded sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its token from the system keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused because its certificate is not trusted. Nothing was sent. Check the API address, and any proxy that intercepts https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ReferenceDataDialog</name>
    <message>
        <source>Reference Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply to %1 has an unexpected shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), loaded at %1.</source>
        <translation>
            <numerusform>%n row, loaded at %1.</numerusform>
            <numerusform>%n rows, loaded at %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a TLD to see its extra attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.%1 needs no extra attributes to register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra attributes of .%1 (sent to the registry when a domain is registered):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::SavedFilters</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply, save, rename or delete named sets of these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved filters yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save current filters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved filter &quot;%1&quot; was not found. It may have been deleted in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for the current filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved filter named &quot;%1&quot; already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::SavedFiltersDialog</name>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved filter &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ShortcutsDialog</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::SplitDomainDialog</name>
    <message>
        <source>Split Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host or domain name, such as www.example.co.uk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLD (top-level domain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLD (second-level domain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name and press Split. The service knows multi-part TLDs such as co.uk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splitting &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service returned no TLD for &quot;%1&quot;. Check the name and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the SLD &quot;%2&quot; under the TLD &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not split &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::TableActions</name>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text with a header line, for pasting into a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser (no web address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected row has no web address. The API gives one only for online stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened for %1. Copy the address and open it in a browser yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ThreadBrowser</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt; · %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666; margin-left:24px&apos;&gt;&lt;i&gt;Waiting for the support operator&apos;s response.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Support: %1&lt;/b&gt; · %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::TicketActions</name>
    <message>
        <source>Tic&amp;kets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open selected ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Canned replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check support &amp;login…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::TicketAuthDialog</name>
    <message>
        <source>Check support login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login is valid: %1 &lt;%2&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is wrong for &quot;%1&quot;. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::TicketWindow</name>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading ticket %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Ticket %2 · %3 · %4 · support account %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ToolDialog</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ToolsMenu</name>
    <message>
        <source>T&amp;ools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo Control Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the Demo Control Panel in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video conference rooms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain &amp;check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data cen&amp;ters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLDs and their attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service returned a Demo Control Panel link that is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Control Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not get a login link for the Demo Control Panel. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be started for the Demo Control Panel link. Set a default web browser in the desktop settings and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::TrayNotifier</name>
    <message numerus="yes">
        <source>%n item(s) need attention</source>
        <translation>
            <numerusform>%n item need attention</numerusform>
            <numerusform>%n items need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>New answer on ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting account %1 expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain %1 expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s).</source>
        <translation>
            <numerusform>Expires in %n day.</numerusform>
            <numerusform>Expires in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new ticket answer(s)</source>
        <translation>
            <numerusform>%n new ticket answer</numerusform>
            <numerusform>%n new ticket answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) expiring within %1 days</source>
        <translation>
            <numerusform>%n item expiring within %1 days</numerusform>
            <numerusform>%n items expiring within %1 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets with unread answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Expiring within %n day</numerusform>
            <numerusform>Expiring within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::VideoRoomsDialog</name>
    <message>
        <source>Video Conference Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, &apos;_&apos; and &apos;-&apos;, such as team-meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new room&apos;s link appears here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms created in this window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be started for the room link. Copy the link and open it in a browser yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the video conference locations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, data center %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service lists no video conference locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a location and a room name, then Create room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the room &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room &quot;%1&quot; is ready. Anyone with the link can join it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the room &quot;%1&quot; at the location &quot;%2&quot;. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::WelcomeDialog</name>
    <message>
        <source>Welcome to ResellerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to ResellerDesk&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the hosting accounts, domains, orders and support tickets of your ICDSoft reseller stores. Try the app with demo data first, or connect with an API key from the reseller Account Panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a local copy of the API with demo data on this computer. Nothing is sent to ICDSoft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to ICDSoft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a connection profile with your API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox accepts the random token below. Enter an HMAC secret to try signed requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICDSoft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedFilterStore</name>
    <message>
        <source>The filter name is empty. Enter a name such as &quot;Expiring this month&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The filter name &quot;%1&quot; is longer than %n characters. Enter a shorter name.</source>
        <translation>
            <numerusform>The filter name &quot;%1&quot; is longer than %n character. Enter a shorter name.</numerusform>
            <numerusform>The filter name &quot;%1&quot; is longer than %n characters. Enter a shorter name.</numerusform>
        </translation>
    </message>
    <message>
        <source>A saved filter named &quot;%1&quot; already exists. Choose another name or delete that filter first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved filter &quot;%1&quot; was not found. It may have been deleted in another window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageLimits</name>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suresupport.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller Account Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Account Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USA (CenturyLink)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (Neterra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong (iAdvantage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semiannually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICDSoft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardFields</name>
    <message>
        <source>Required: enter a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for ICDSoft resellers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the embedded sandbox with demo data on a free 127.0.0.1 port and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the API at &lt;url&gt; and ask for the token (default: https://api.suresupport.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sandbox, generate &lt;count&gt; more domains with proportionate accounts, orders and tickets (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox and --api-url cannot be combined. Use one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --sandbox-scale &quot;%1&quot;: expected a whole number from 0 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ResellerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --api-url &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
