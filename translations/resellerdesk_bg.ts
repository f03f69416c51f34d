<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg">
<context>
    <name>Csv</name>
    <message>
        <source>Could not write the CSV file %1: %2. Choose another folder or file name, or free some disk space.</source>
        <translation>CSV файлът %1 не можа да бъде записан: %2. Изберете друга папка или друго име на файл или освободете място на диска.</translation>
    </message>
</context>
<context>
    <name>EntitySpec</name>
    <message>
        <source>Account ID</source>
        <translation>ID на акаунта</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Потребителско име</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Име на хоста</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Фактуриране</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Изтича</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Оставащи дни</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сървър</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Център за данни</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Създаден</translation>
    </message>
    <message>
        <source>Main domain expires</source>
        <translation>Основният домейн изтича</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Период на фактуриране</translation>
    </message>
    <message>
        <source>Storage used</source>
        <translation>Използвано дисково пространство</translation>
    </message>
    <message>
        <source>Traffic used</source>
        <translation>Използван трафик</translation>
    </message>
    <message>
        <source>Inodes used</source>
        <translation>Използвани inode-и</translation>
    </message>
    <message>
        <source>CPU time used</source>
        <translation>Използвано процесорно време</translation>
    </message>
    <message>
        <source>MySQL time used</source>
        <translation>Използвано MySQL време</translation>
    </message>
    <message>
        <source>SSL</source>
        <translation>SSL</translation>
    </message>
    <message>
        <source>Plan SKU</source>
        <translation>SKU на плана</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Resold</source>
        <translation>Препродаден</translation>
    </message>
    <message>
        <source>Store ID</source>
        <translation>ID на магазина</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>ID на продукта</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>ID на ресурса</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID на клиента</translation>
    </message>
    <message>
        <source>Parent resource ID</source>
        <translation>ID на родителския ресурс</translation>
    </message>
    <message>
        <source>Domain ID</source>
        <translation>ID на домейна</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домейн</translation>
    </message>
    <message>
        <source>IDN</source>
        <translation>IDN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>TLD</source>
        <translation>TLD</translation>
    </message>
    <message>
        <source>Parent product</source>
        <translation>Основен продукт</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Регистриран</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Паркиране</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID на поръчката</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Плащане</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Общо</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ДДС</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Начин на плащане</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Артикули</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Фирма</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>IP на клиента</translation>
    </message>
    <message>
        <source>New items</source>
        <translation>Нови артикули</translation>
    </message>
    <message>
        <source>Requested items</source>
        <translation>Заявени артикули</translation>
    </message>
    <message>
        <source>Canceled items</source>
        <translation>Отказани артикули</translation>
    </message>
    <message>
        <source>Provisioned items</source>
        <translation>Активирани артикули</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Реселър</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation>ID на тикета</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Support user</source>
        <translation>Потребител на поддръжката</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Last response</source>
        <translation>Последен отговор</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Прочетен на</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочетен</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Прикачени файлове</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>Sort status</source>
        <translation>Статус за сортиране</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Домейни</translation>
    </message>
    <message>
        <source>Domains of account %1</source>
        <translation>Домейни на акаунт %1</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификати</translation>
    </message>
    <message>
        <source>Certificates of account %1</source>
        <translation>Сертификати на акаунт %1</translation>
    </message>
    <message>
        <source>Advanced services</source>
        <translation>Допълнителни услуги</translation>
    </message>
    <message>
        <source>Advanced services of account %1</source>
        <translation>Допълнителни услуги на акаунт %1</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ресурси</translation>
    </message>
    <message>
        <source>Resources of account %1</source>
        <translation>Ресурси на акаунт %1</translation>
    </message>
    <message>
        <source>Hosting account</source>
        <translation>Хостинг акаунт</translation>
    </message>
    <message>
        <source>Hosting account of %1</source>
        <translation>Хостинг акаунт на %1</translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation>ID на сертификата</translation>
    </message>
    <message>
        <source>Alternative name</source>
        <translation>Алтернативно име</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Доставчик</translation>
    </message>
    <message>
        <source>Service ID</source>
        <translation>ID на услугата</translation>
    </message>
    <message>
        <source>Resources of client %1</source>
        <translation>Ресурси на клиент %1</translation>
    </message>
    <message>
        <source>Hosting accounts</source>
        <translation>Хостинг акаунти</translation>
    </message>
    <message>
        <source>Hosting accounts of client %1</source>
        <translation>Хостинг акаунти на клиент %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Последен вход</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Област</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Пощенски код</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Адрес, ред 2</translation>
    </message>
    <message>
        <source>Phone country</source>
        <translation>Държава на телефона</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <source>Fax country</source>
        <translation>Държава на факса</translation>
    </message>
    <message>
        <source>Vendor ID</source>
        <translation>ID при доставчика</translation>
    </message>
    <message>
        <source>Client of resource %1</source>
        <translation>Клиент на ресурс %1</translation>
    </message>
    <message>
        <source>Hosting account of resource %1</source>
        <translation>Хостинг акаунт на ресурс %1</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Вид продукт</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Root resource ID</source>
        <translation>ID на основния ресурс</translation>
    </message>
    <message>
        <source>Parent type</source>
        <translation>Вид на родителя</translation>
    </message>
    <message>
        <source>Resource value</source>
        <translation>Стойност на ресурса</translation>
    </message>
    <message>
        <source>Resource unit</source>
        <translation>Мерна единица на ресурса</translation>
    </message>
    <message>
        <source>Name (IDN)</source>
        <translation>Име (IDN)</translation>
    </message>
    <message>
        <source>Catalog ID</source>
        <translation>ID в каталога</translation>
    </message>
    <message>
        <source>Data center ID</source>
        <translation>ID на центъра за данни</translation>
    </message>
    <message>
        <source>Hosting account of service %1</source>
        <translation>Хостинг акаунт на услуга %1</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Статус на акаунта</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Имейл за контакт</translation>
    </message>
    <message>
        <source>Storefront</source>
        <translation>Витрина</translation>
    </message>
    <message>
        <source>Autoprocess</source>
        <translation>Автоматична обработка</translation>
    </message>
    <message>
        <source>Store URL</source>
        <translation>URL на магазина</translation>
    </message>
    <message>
        <source>Widget URL</source>
        <translation>URL на уиджета</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Собствен домейн</translation>
    </message>
    <message>
        <source>Reseller ID</source>
        <translation>ID на реселъра</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Етикет</translation>
    </message>
    <message>
        <source>Max order period</source>
        <translation>Макс. период на поръчка</translation>
    </message>
    <message>
        <source>Max renewal period</source>
        <translation>Макс. период на подновяване</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>По поръчка</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Мерна единица</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Client of payment %1</source>
        <translation>Клиент на плащане %1</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>ID на плащането</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Платено на</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Начин</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>ID на транзакцията</translation>
    </message>
    <message>
        <source>Merchant ID</source>
        <translation>ID на търговеца</translation>
    </message>
    <message>
        <source>Payment processor ID</source>
        <translation>ID на платежния оператор</translation>
    </message>
</context>
<context>
    <name>FilterFields</name>
    <message>
        <source>Expires within (days)</source>
        <translation>Изтича до (дни)</translation>
    </message>
    <message>
        <source>e.g. 30</source>
        <translation>напр. 30</translation>
    </message>
    <message>
        <source>At least (attachments)</source>
        <translation>Поне (прикачени)</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>напр. 1</translation>
    </message>
    <message>
        <source>Username starts with</source>
        <translation>Потребител започва с</translation>
    </message>
    <message>
        <source>Hostname starts with</source>
        <translation>Хост започва с</translation>
    </message>
    <message>
        <source>Server starts with</source>
        <translation>Сървърът започва с</translation>
    </message>
    <message>
        <source>e.g. s801</source>
        <translation>напр. s801</translation>
    </message>
    <message>
        <source>Plan contains</source>
        <translation>Планът съдържа</translation>
    </message>
    <message>
        <source>e.g. Economy</source>
        <translation>напр. Economy</translation>
    </message>
    <message>
        <source>Billing status</source>
        <translation>Фактуриране</translation>
    </message>
    <message>
        <source>Expires between</source>
        <translation>Изтича между</translation>
    </message>
    <message>
        <source>Domain starts with</source>
        <translation>Домейнът започва с</translation>
    </message>
    <message>
        <source>TLD</source>
        <translation>TLD</translation>
    </message>
    <message>
        <source>e.g. com</source>
        <translation>напр. com</translation>
    </message>
    <message>
        <source>Parent product starts with</source>
        <translation>Основен продукт започва с</translation>
    </message>
    <message>
        <source>e.g. bonus</source>
        <translation>напр. bonus</translation>
    </message>
    <message>
        <source>Ordered between</source>
        <translation>Поръчано между</translation>
    </message>
    <message>
        <source>Name or email contains</source>
        <translation>Име или имейл съдържа</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Плащане</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>e.g. completed</source>
        <translation>напр. completed</translation>
    </message>
    <message>
        <source>Payment method contains</source>
        <translation>Начин на плащане съдържа</translation>
    </message>
    <message>
        <source>Items contain</source>
        <translation>Артикулите съдържат</translation>
    </message>
    <message>
        <source>e.g. example.com</source>
        <translation>напр. example.com</translation>
    </message>
    <message>
        <source>Store contains</source>
        <translation>Магазинът съдържа</translation>
    </message>
    <message>
        <source>Subject contains</source>
        <translation>Темата съдържа</translation>
    </message>
    <message>
        <source>Domain contains</source>
        <translation>Домейнът съдържа</translation>
    </message>
    <message>
        <source>Support user starts with</source>
        <translation>Потребител започва с</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Текст за търсене</translation>
    </message>
    <message>
        <source>e.g. smtp</source>
        <translation>напр. smtp</translation>
    </message>
    <message>
        <source>Answered between</source>
        <translation>Отговорено между</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Нишка</translation>
    </message>
    <message>
        <source>Hostname contains</source>
        <translation>Хост съдържа</translation>
    </message>
    <message>
        <source>searches alternative names too</source>
        <translation>търси и в алтернативните имена</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Доставчик</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Хостван</translation>
    </message>
    <message>
        <source>1 hosted, 0 not hosted</source>
        <translation>1 – хостван, 0 – не е хостван</translation>
    </message>
    <message>
        <source>Hosted on account ID</source>
        <translation>Хостван в акаунт с ID</translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation>Името съдържа</translation>
    </message>
    <message>
        <source>Email contains</source>
        <translation>Имейлът съдържа</translation>
    </message>
    <message>
        <source>Organization contains</source>
        <translation>Организация съдържа</translation>
    </message>
    <message>
        <source>username, server or domain</source>
        <translation>потребителско име, сървър или домейн</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Вид продукт</translation>
    </message>
    <message>
        <source>e.g. hosting</source>
        <translation>напр. hosting</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID на клиента</translation>
    </message>
    <message>
        <source>Started between</source>
        <translation>Започнала между</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>e.g. advanced_security</source>
        <translation>напр. advanced_security</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID на акаунта</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>e.g. examplestore</source>
        <translation>напр. examplestore</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation>напр. USD</translation>
    </message>
    <message>
        <source>Storefront</source>
        <translation>Витрина</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Център за данни</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>e.g. economy</source>
        <translation>напр. economy</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID на поръчката</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>напр. EUR</translation>
    </message>
</context>
<context>
    <name>LoadingStatus</name>
    <message>
        <source>Loading accounts…</source>
        <translation>Зареждане на акаунтите…</translation>
    </message>
    <message numerus="yes">
        <source>Loading accounts… %1 of %n pages</source>
        <translation>
            <numerusform>Зареждане на акаунтите… %1 от %n страница</numerusform>
            <numerusform>Зареждане на акаунтите… %1 от %n страници</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading domains…</source>
        <translation>Зареждане на домейните…</translation>
    </message>
    <message numerus="yes">
        <source>Loading domains… %1 of %n pages</source>
        <translation>
            <numerusform>Зареждане на домейните… %1 от %n страница</numerusform>
            <numerusform>Зареждане на домейните… %1 от %n страници</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation>Зареждане на поръчките…</translation>
    </message>
    <message numerus="yes">
        <source>Loading orders… %1 of %n pages</source>
        <translation>
            <numerusform>Зареждане на поръчките… %1 от %n страница</numerusform>
            <numerusform>Зареждане на поръчките… %1 от %n страници</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation>Зареждане на тикетите…</translation>
    </message>
    <message numerus="yes">
        <source>Loading tickets… %1 of %n pages</source>
        <translation>
            <numerusform>Зареждане на тикетите… %1 от %n страница</numerusform>
            <numerusform>Зареждане на тикетите… %1 от %n страници</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %1 of %n pages</source>
        <translation>
            <numerusform>Зареждане… %1 от %n страница</numerusform>
            <numerusform>Зареждане… %1 от %n страници</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading certificates…</source>
        <translation>Зареждане на сертификатите…</translation>
    </message>
    <message numerus="yes">
        <source>Loading certificates… %1 of %n pages</source>
        <translation>
            <numerusform>Зареждане на сертификатите… %1 от %n страница</numerusform>
            <numerusform>Зареждане на сертификатите… %1 от %n страници</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading clients…</source>
        <translation>Зареждане на клиентите…</translation>
    </message>
    <message numerus="yes">
        <source>Loading clients… %1 of %n pages</source>
        <translation>
            <numerusform>Зареждане на клиентите… %1 от %n страница</numerusform>
            <numerusform>Зареждане на клиентите… %1 от %n страници</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading resources…</source>
        <translation>Зареждане на ресурсите…</translation>
    </message>
    <message numerus="yes">
        <source>Loading resources… %1 of %n pages</source>
        <translation>
            <numerusform>Зареждане на ресурсите… %1 от %n страница</numerusform>
            <numerusform>Зареждане на ресурсите… %1 от %n страници</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading advanced services…</source>
        <translation>Зареждане на допълнителните услуги…</translation>
    </message>
    <message numerus="yes">
        <source>Loading advanced services… %1 of %n pages</source>
        <translation>
            <numerusform>Зареждане на допълнителните услуги… %1 от %n страница</numerusform>
            <numerusform>Зареждане на допълнителните услуги… %1 от %n страници</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading stores…</source>
        <translation>Зареждане на магазините…</translation>
    </message>
    <message numerus="yes">
        <source>Loading stores… %1 of %n pages</source>
        <translation>
            <numerusform>Зареждане на магазините… %1 от %n страница</numerusform>
            <numerusform>Зареждане на магазините… %1 от %n страници</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>Зареждане на продуктите…</translation>
    </message>
    <message numerus="yes">
        <source>Loading products… %1 of %n pages</source>
        <translation>
            <numerusform>Зареждане на продуктите… %1 от %n страница</numerusform>
            <numerusform>Зареждане на продуктите… %1 от %n страници</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading payments…</source>
        <translation>Зареждане на плащанията…</translation>
    </message>
    <message numerus="yes">
        <source>Loading payments… %1 of %n pages</source>
        <translation>
            <numerusform>Зареждане на плащанията… %1 от %n страница</numerusform>
            <numerusform>Зареждане на плащанията… %1 от %n страници</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationSidebar</name>
    <message>
        <source>Overview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Хостинг</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажби</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддръжка</translation>
    </message>
</context>
<context>
    <name>OrderDraft</name>
    <message>
        <source>Could not save the order draft to %1: %2</source>
        <translation>Черновата на поръчката не можа да бъде записана в %1: %2</translation>
    </message>
    <message>
        <source>The order draft %1 is unreadable: %2</source>
        <translation>Черновата на поръчката %1 не може да бъде прочетена: %2</translation>
    </message>
</context>
<context>
    <name>OrderItemContacts</name>
    <message>
        <source>First name *:</source>
        <translation>Име *:</translation>
    </message>
    <message>
        <source>Last name *:</source>
        <translation>Фамилия *:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Фирма:</translation>
    </message>
    <message>
        <source>Address *:</source>
        <translation>Адрес *:</translation>
    </message>
    <message>
        <source>Address line 2:</source>
        <translation>Адрес, ред 2:</translation>
    </message>
    <message>
        <source>City *:</source>
        <translation>Град *:</translation>
    </message>
    <message>
        <source>State *:</source>
        <translation>Област *:</translation>
    </message>
    <message>
        <source>ZIP code *:</source>
        <translation>Пощенски код *:</translation>
    </message>
    <message>
        <source>Country *:</source>
        <translation>Държава *:</translation>
    </message>
    <message>
        <source>E-mail *:</source>
        <translation>Имейл *:</translation>
    </message>
    <message>
        <source>Phone country *:</source>
        <translation>Държава на телефона *:</translation>
    </message>
    <message>
        <source>Phone *:</source>
        <translation>Телефон *:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Attachment &lt;s&gt;%1&lt;/s&gt; (%2, deleted)&lt;br&gt;</source>
        <translation>Прикачен файл &lt;s&gt;%1&lt;/s&gt; (%2, изтрит)&lt;br&gt;</translation>
    </message>
    <message>
        <source>Attachment &lt;a href=&apos;%1:%2/%3&apos;&gt;%4&lt;/a&gt; (%5, %6)&lt;br&gt;</source>
        <translation>Прикачен файл &lt;a href=&apos;%1:%2/%3&apos;&gt;%4&lt;/a&gt; (%5, %6)&lt;br&gt;</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::ApiClient</name>
    <message>
        <source>the server closed the connection before it sent a response</source>
        <translation>сървърът затвори връзката, преди да изпрати отговор</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::ApiCommands</name>
    <message>
        <source>the id %1 is not valid. Ids are positive numbers from a list or details command.</source>
        <translation>ID %1 не е валидно. ID-тата са положителни числа, получени от команда за списък или за подробности.</translation>
    </message>
    <message>
        <source>the %1 is empty. Enter the %1.</source>
        <translation>полето „%1“ е празно. Въведете %1.</translation>
    </message>
    <message>
        <source>the domain name is empty. Enter a name such as example.com.</source>
        <translation>името на домейна е празно. Въведете име като example.com.</translation>
    </message>
    <message>
        <source>the domain name needs both parts, such as &quot;example&quot; and &quot;com&quot;; &quot;%1&quot; and &quot;%2&quot; were given.</source>
        <translation>името на домейна трябва да има и двете части, например „example“ и „com“; зададени са „%1“ и „%2“.</translation>
    </message>
    <message>
        <source>domain name</source>
        <translation>име на домейн</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>име на хост</translation>
    </message>
    <message>
        <source>certificate host name</source>
        <translation>име на хост на сертификата</translation>
    </message>
    <message>
        <source>the currency &quot;%1&quot; is not a three-letter code. Use a code such as USD.</source>
        <translation>валутата „%1“ не е трибуквен код. Използвайте код като USD.</translation>
    </message>
    <message>
        <source>order id</source>
        <translation>ID на поръчка</translation>
    </message>
    <message>
        <source>the order id is empty. Enter the order id.</source>
        <translation>ID на поръчката е празно. Въведете ID на поръчката.</translation>
    </message>
    <message>
        <source>payment id</source>
        <translation>ID на плащане</translation>
    </message>
    <message>
        <source>the attachment id %1 is not valid. Take the id from the ticket&apos;s message.</source>
        <translation>ID на прикачения файл %1 не е валидно. Вземете ID-то от съобщението в тикета.</translation>
    </message>
    <message>
        <source>support username</source>
        <translation>потребителско име за поддръжката</translation>
    </message>
    <message>
        <source>the support username is empty. Enter the username.</source>
        <translation>потребителското име за поддръжката е празно. Въведете потребителското име.</translation>
    </message>
    <message>
        <source>the password is empty. Enter the support account&apos;s password.</source>
        <translation>паролата е празна. Въведете паролата на акаунта за поддръжка.</translation>
    </message>
    <message>
        <source>the location is empty. Pick a host name from video-list-locations.</source>
        <translation>местоположението е празно. Изберете име на хост от video-list-locations.</translation>
    </message>
    <message>
        <source>the room name &quot;%1&quot; is not valid. Use 1 to 80 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>името на стаята „%1“ не е валидно. Използвайте от 1 до 80 букви, цифри, „_“ или „-“.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::ApiError</name>
    <message>
        <source>The command &quot;%1&quot; was not sent: %2</source>
        <translation>Командата „%1“ не беше изпратена: %2</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; could not reach the API (%2). Check the API address in the connection settings and the network connection, then try again.</source>
        <translation>Командата „%1“ не достигна до API-то (%2). Проверете адреса на API-то в настройките за връзка и мрежовата връзка и опитайте отново.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; timed out waiting for the API. The service or the network may be slow or down. Try again later.</source>
        <translation>Времето за изчакване на отговор от API-то за командата „%1“ изтече. Услугата или мрежата може да са бавни или недостъпни. Опитайте отново по-късно.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; failed because the secure connection could not be established (%2). Check the API address, the computer&apos;s date and time, and any proxy that intercepts https.</source>
        <translation>Командата „%1“ не беше изпълнена, защото не можа да се установи защитена връзка (%2). Проверете адреса на API-то, датата и часа на компютъра и всеки прокси сървър, който прихваща https.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; failed because the API returned HTTP status %2. The service has a problem; try again later.</source>
        <translation>Командата „%1“ не беше изпълнена, защото API-то върна HTTP статус %2. Услугата има проблем; опитайте отново по-късно.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; was redirected (HTTP status %2) to another address. The app does not follow redirects to other hosts, so that the API token stays with the configured one. Check the API address in the connection settings.</source>
        <translation>Командата „%1“ беше пренасочена (HTTP статус %2) към друг адрес. Програмата не следва пренасочвания към други хостове, за да остане API токенът при зададения хост. Проверете адреса на API-то в настройките за връзка.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; was refused with HTTP status %2. Check the API token and the HMAC secret in the connection settings.</source>
        <translation>Командата „%1“ беше отказана с HTTP статус %2. Проверете API токена и HMAC ключа в настройките за връзка.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; was not found at the API address (HTTP status 404). Check the API address in the connection settings.</source>
        <translation>Командата „%1“ не беше намерена на адреса на API-то (HTTP статус 404). Проверете адреса на API-то в настройките за връзка.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; failed with HTTP status %2 and a response that is not from the API. Check the API address in the connection settings.</source>
        <translation>Командата „%1“ не беше изпълнена: HTTP статус %2 и отговор, който не е от API-то. Проверете адреса на API-то в настройките за връзка.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; returned a response the app cannot read (%2). Try again later; if it persists, check the API address.</source>
        <translation>Командата „%1“ върна отговор, който програмата не може да прочете (%2). Опитайте отново по-късно; ако проблемът остане, проверете адреса на API-то.</translation>
    </message>
    <message>
        <source>The API reported a failure without a reason.</source>
        <translation>API-то съобщи за грешка, без да посочи причина.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; failed: %2</source>
        <translation>Командата „%1“ не беше изпълнена: %2</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; was cancelled.</source>
        <translation>Командата „%1“ беше прекъсната.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::ApiMessage</name>
    <message>
        <source>The API token was rejected. Check the token in the connection settings and that API access is enabled for it.</source>
        <translation>API токенът беше отхвърлен. Проверете токена в настройките за връзка и дали достъпът до API-то е разрешен за него.</translation>
    </message>
    <message>
        <source>The request signature was rejected. Check the HMAC secret and that the computer&apos;s clock is correct.</source>
        <translation>Подписът на заявката беше отхвърлен. Проверете HMAC ключа и дали часовникът на компютъра е верен.</translation>
    </message>
    <message>
        <source>The request time stamp (ts) was rejected as too old or in the future. Check that the computer&apos;s clock and time zone are correct.</source>
        <translation>Времевият печат на заявката (ts) беше отхвърлен като твърде стар или в бъдещето. Проверете дали часовникът и часовата зона на компютъра са верни.</translation>
    </message>
    <message>
        <source>The API could not read the request body as JSON.</source>
        <translation>API-то не можа да прочете тялото на заявката като JSON.</translation>
    </message>
    <message>
        <source>The API does not know this command. Check the command name and the API address.</source>
        <translation>API-то не познава тази команда. Проверете името на командата и адреса на API-то.</translation>
    </message>
    <message>
        <source>The request nonce was rejected as used before. Try again.</source>
        <translation>Еднократният код (nonce) на заявката беше отхвърлен като вече използван. Опитайте отново.</translation>
    </message>
    <message>
        <source>The service had an internal error. Try again later.</source>
        <translation>Услугата имаше вътрешна грешка. Опитайте отново по-късно.</translation>
    </message>
    <message>
        <source>The domain name is not available for registration.</source>
        <translation>Името на домейна не е свободно за регистрация.</translation>
    </message>
    <message>
        <source>The requested item was not found.</source>
        <translation>Търсеният обект не беше намерен.</translation>
    </message>
    <message>
        <source>The order was created.</source>
        <translation>Поръчката беше създадена.</translation>
    </message>
    <message>
        <source>The order was updated.</source>
        <translation>Поръчката беше обновена.</translation>
    </message>
    <message>
        <source>The order was deleted.</source>
        <translation>Поръчката беше изтрита.</translation>
    </message>
    <message>
        <source>The payment was added.</source>
        <translation>Плащането беше добавено.</translation>
    </message>
    <message>
        <source>The payment was deleted.</source>
        <translation>Плащането беше изтрито.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required but missing.</source>
        <translation>Полето „%1“ е задължително, но липсва.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has an invalid value.</source>
        <translation>Полето „%1“ има невалидна стойност.</translation>
    </message>
    <message>
        <source>No item with the given &quot;%1&quot; was found.</source>
        <translation>Не беше намерен обект с посоченото „%1“.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;.</source>
        <translation>%1: „%2“.</translation>
    </message>
    <message>
        <source>This concerns item %1 (counted from 0).</source>
        <translation>Отнася се за елемент %1 (броено от 0).</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::ApiReply</name>
    <message>
        <source>&quot;%1&quot; is not a command name. Command names are lowercase words joined by hyphens, such as &quot;account-list&quot;.</source>
        <translation>„%1“ не е име на команда. Имената на командите са думи с малки букви, свързани с тирета, например „account-list“.</translation>
    </message>
    <message>
        <source>the timeout %1 ms is not positive.</source>
        <translation>времето за изчакване %1 ms не е положително.</translation>
    </message>
    <message>
        <source>the API client was deleted.</source>
        <translation>API клиентът беше изтрит.</translation>
    </message>
    <message>
        <source>the response body is empty</source>
        <translation>тялото на отговора е празно</translation>
    </message>
    <message>
        <source>the response is not JSON but starts with &quot;%1&quot;</source>
        <translation>отговорът не е JSON, а започва с „%1“</translation>
    </message>
    <message>
        <source>HTTP status %1 with a successful envelope</source>
        <translation>HTTP статус %1 с успешен отговор</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::CertificateErrorLog</name>
    <message>
        <source>Issued to: %1</source>
        <translation>Издаден на: %1</translation>
    </message>
    <message>
        <source>Issued by: %1 (%2)</source>
        <translation>Издаден от: %1 (%2)</translation>
    </message>
    <message>
        <source>Valid from %1 to %2 (UTC)</source>
        <translation>Валиден от %1 до %2 (UTC)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 отпечатък: %1</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::CommandRequests</name>
    <message>
        <source>The ticket message is empty. Write the question.</source>
        <translation>Съобщението в тикета е празно. Напишете въпроса.</translation>
    </message>
    <message>
        <source>The ticket message has %1 characters, more than the maximum of %2. Shorten it or attach the text as a file.</source>
        <translation>Съобщението в тикета има %1 знака, повече от максимума от %2. Съкратете го или прикачете текста като файл.</translation>
    </message>
    <message>
        <source>The ticket message has %1 attachments, more than the maximum of %2. Remove some.</source>
        <translation>Съобщението в тикета има %1 прикачени файла, повече от максимума от %2. Премахнете някои от тях.</translation>
    </message>
    <message>
        <source>An attachment has no file name. Name the file.</source>
        <translation>Прикачен файл няма име. Дайте име на файла.</translation>
    </message>
    <message>
        <source>The attachment name &quot;%1&quot; is longer than %2 characters. Rename the file.</source>
        <translation>Името на прикачения файл „%1“ е по-дълго от %2 знака. Преименувайте файла.</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; has the MIME type &quot;%2&quot;. Give a type of 1 to %3 characters, such as image/png.</source>
        <translation>Прикаченият файл „%1“ има MIME тип „%2“. Задайте тип от 1 до %3 знака, например image/png.</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; has %2 bytes, more than the maximum of 20 MB. Attach a smaller file.</source>
        <translation>Прикаченият файл „%1“ е %2 байта, повече от максимума от 20 MB. Прикачете по-малък файл.</translation>
    </message>
    <message>
        <source>The payment names no order. Give the order id or the payment request id.</source>
        <translation>Плащането не посочва поръчка. Задайте ID на поръчката или на заявката за плащане.</translation>
    </message>
    <message>
        <source>The payment type &quot;%1&quot; is not valid. Use incoming, refund or chargeback.</source>
        <translation>Видът плащане „%1“ не е валиден. Използвайте incoming, refund или chargeback.</translation>
    </message>
    <message>
        <source>The payment has no payment method, such as PayPal.</source>
        <translation>Плащането няма начин на плащане, например PayPal.</translation>
    </message>
    <message>
        <source>The payment has no transaction id. Give the processor&apos;s transaction id.</source>
        <translation>Плащането няма ID на транзакция. Задайте ID на транзакцията от платежния оператор.</translation>
    </message>
    <message>
        <source>The payment has no merchant id. Give the processor&apos;s merchant id, or &quot;manual&quot;.</source>
        <translation>Плащането няма ID на търговец. Задайте ID на търговеца от платежния оператор или „manual“.</translation>
    </message>
    <message>
        <source>The payment total &quot;%1&quot; is not a decimal number. Use a number such as 72.50.</source>
        <translation>Сумата на плащането „%1“ не е десетично число. Използвайте число като 72.50.</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not a three-letter code. Use a code such as USD.</source>
        <translation>Валутата „%1“ не е трибуквен код. Използвайте код като USD.</translation>
    </message>
    <message>
        <source>The payment request names no order. Give the order id.</source>
        <translation>Заявката за плащане не посочва поръчка. Задайте ID на поръчката.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not a positive decimal number. Use a number such as 100.</source>
        <translation>Сумата „%1“ не е положително десетично число. Използвайте число като 100.</translation>
    </message>
    <message>
        <source>The payment request has no payment method. Give a processor slug such as PayPal:663.</source>
        <translation>Заявката за плащане няма начин на плащане. Задайте идентификатор на платежен оператор, например PayPal:663.</translation>
    </message>
    <message>
        <source>The ticket has no domain. Pick one of the support account&apos;s ticket domains.</source>
        <translation>Тикетът няма домейн. Изберете един от домейните за тикети на акаунта за поддръжка.</translation>
    </message>
    <message>
        <source>The ticket has no subject. Write a subject line.</source>
        <translation>Тикетът няма тема. Напишете тема.</translation>
    </message>
    <message>
        <source>The ticket subject has %1 characters, more than the maximum of %2. Shorten it.</source>
        <translation>Темата на тикета има %1 знака, повече от максимума от %2. Съкратете я.</translation>
    </message>
    <message>
        <source>The reply names the ticket id %1. Give the id of the ticket to reply to.</source>
        <translation>Отговорът посочва тикет с ID %1. Задайте ID на тикета, на който отговаряте.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::ConnectionProfile</name>
    <message>
        <source>The profile name is missing. Enter a name such as &quot;Main store&quot;.</source>
        <translation>Липсва име на профила. Въведете име като „Основен магазин“.</translation>
    </message>
    <message>
        <source>The profile name &quot;%1&quot; is longer than 80 characters. Enter a shorter name.</source>
        <translation>Името на профила „%1“ е по-дълго от 80 знака. Въведете по-кратко име.</translation>
    </message>
    <message>
        <source>The timeout of %1 s is out of range. Enter from %2 to %3 seconds.</source>
        <translation>Времето за изчакване от %1 s е извън допустимото. Въведете от %2 до %3 секунди.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not known. Enter an IANA name such as Europe/Sofia, or leave it empty for UTC.</source>
        <translation>Часовата зона „%1“ не е известна. Въведете IANA име като Europe/Sofia или оставете полето празно за UTC.</translation>
    </message>
    <message>
        <source>Reseller key (all stores)</source>
        <translation>Ключ на реселър (всички магазини)</translation>
    </message>
    <message>
        <source>Store key (one store)</source>
        <translation>Ключ на магазин (един магазин)</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Още не е проверен</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::ConnectionSettings</name>
    <message>
        <source>The API address &quot;%1&quot; is not a valid URL. Enter an address such as https://api.suresupport.com.</source>
        <translation>Адресът на API-то „%1“ не е валиден URL. Въведете адрес като https://api.suresupport.com.</translation>
    </message>
    <message>
        <source>The API address &quot;%1&quot; uses the scheme &quot;%2&quot;. Use an https:// address.</source>
        <translation>Адресът на API-то „%1“ използва схемата „%2“. Използвайте адрес с https://.</translation>
    </message>
    <message>
        <source>The API address &quot;%1&quot; uses plain http, which would send the API token unencrypted. Use https://, or http:// only for this computer (127.0.0.1, ::1 or localhost).</source>
        <translation>Адресът на API-то „%1“ използва обикновен http, при който API токенът се изпраща некриптиран. Използвайте https:// или http:// само за този компютър (127.0.0.1, ::1 или localhost).</translation>
    </message>
    <message>
        <source>The API address &quot;%1&quot; contains a query or fragment. Enter only the scheme, host and optional path.</source>
        <translation>Адресът на API-то „%1“ съдържа заявка или фрагмент. Въведете само схемата, хоста и по желание път.</translation>
    </message>
    <message>
        <source>The timeout %1 ms is not positive. Enter a timeout of at least 1000 ms.</source>
        <translation>Времето за изчакване %1 ms не е положително. Въведете поне 1000 ms.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::Envelope</name>
    <message>
        <source>The response is not valid JSON (%1 at byte %2 of %3).</source>
        <translation>Отговорът не е валиден JSON (%1 на байт %2 от %3).</translation>
    </message>
    <message>
        <source>The response is JSON but not an object.</source>
        <translation>Отговорът е JSON, но не е обект.</translation>
    </message>
    <message>
        <source>The response has no &quot;status&quot; value.</source>
        <translation>Отговорът няма стойност „status“.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::ListPage</name>
    <message>
        <source>The response data is not a list page: it has no &quot;data&quot; list of items.</source>
        <translation>Данните в отговора не са страница от списък: липсва списък „data“ с елементи.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::ListQuery</name>
    <message>
        <source>The filter property &quot;%1&quot; is not a property name. Use letters, digits, underscores and dots only, such as &quot;username&quot;.</source>
        <translation>Свойството за филтриране „%1“ не е име на свойство. Използвайте само букви, цифри, долни черти и точки, например „username“.</translation>
    </message>
    <message>
        <source>The %1 filter on &quot;%2&quot; needs two values &quot;from,to&quot;, but got &quot;%3&quot;.</source>
        <translation>Филтърът %1 по „%2“ изисква две стойности „от,до“, а получи „%3“.</translation>
    </message>
    <message>
        <source>The in filter on &quot;%1&quot; has an empty list. Give at least one value.</source>
        <translation>Филтърът in по „%1“ има празен списък. Задайте поне една стойност.</translation>
    </message>
    <message>
        <source>The %1 filter on &quot;%2&quot; needs a single value, not a list.</source>
        <translation>Филтърът %1 по „%2“ изисква една стойност, а не списък.</translation>
    </message>
    <message>
        <source>The sort property &quot;%1&quot; is not a property name.</source>
        <translation>Свойството за сортиране „%1“ не е име на свойство.</translation>
    </message>
    <message>
        <source>The page size %1 is negative. Use 0 for the default or a positive number.</source>
        <translation>Размерът на страницата %1 е отрицателен. Използвайте 0 за стойността по подразбиране или положително число.</translation>
    </message>
    <message>
        <source>The page number %1 is negative. Pages are counted from 1.</source>
        <translation>Номерът на страницата %1 е отрицателен. Страниците се броят от 1.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::OrderRequest</name>
    <message>
        <source>An order item has no item id. Give each item an id that is unique within the order, such as &quot;1&quot;.</source>
        <translation>Артикул от поръчката няма ID. Дайте на всеки артикул ID, уникално в рамките на поръчката, например „1“.</translation>
    </message>
    <message>
        <source>Order item &quot;%1&quot; has the action &quot;%2&quot;. Use order, renewal, upgrade or purchase.</source>
        <translation>Артикулът „%1“ от поръчката има действие „%2“. Използвайте order, renewal, upgrade или purchase.</translation>
    </message>
    <message>
        <source>Order item &quot;%1&quot; has the period %2. Use a period of at least 1.</source>
        <translation>Артикулът „%1“ от поръчката има период %2. Използвайте период поне 1.</translation>
    </message>
    <message>
        <source>Order item &quot;%1&quot; has the quantity %2. Use a quantity of at least 1.</source>
        <translation>Артикулът „%1“ от поръчката има количество %2. Използвайте количество поне 1.</translation>
    </message>
    <message>
        <source>Custom order item &quot;%1&quot; needs a price and a description. Set them with setCustomPurchase().</source>
        <translation>Артикулът по поръчка „%1“ изисква цена и описание. Задайте ги със setCustomPurchase().</translation>
    </message>
    <message>
        <source>Order item &quot;%1&quot; is a %2 and needs the resource id of the service to %2.</source>
        <translation>Артикулът „%1“ от поръчката е %2 и изисква ID на ресурса на услугата (%2).</translation>
    </message>
    <message>
        <source>Order item &quot;%1&quot; has no catalog id. Pick the product from the catalog.</source>
        <translation>Артикулът „%1“ от поръчката няма ID от каталога. Изберете продукта от каталога.</translation>
    </message>
    <message>
        <source>Domain order item &quot;%1&quot; has the domain action &quot;%2&quot;. Use register, transfer or renewal.</source>
        <translation>Артикулът за домейн „%1“ има действие „%2“. Използвайте register, transfer или renewal.</translation>
    </message>
    <message>
        <source>Domain order item &quot;%1&quot; needs both the sld and the tld, such as &quot;example&quot; and &quot;com&quot;.</source>
        <translation>Артикулът за домейн „%1“ изисква и sld, и tld, например „example“ и „com“.</translation>
    </message>
    <message>
        <source>Domain order item &quot;%1&quot; has more than 5 name servers. Give at most 5.</source>
        <translation>Артикулът за домейн „%1“ има повече от 5 DNS сървъра. Задайте най-много 5.</translation>
    </message>
    <message>
        <source>Certificate order item &quot;%1&quot; is missing %2. Fill in these fields.</source>
        <translation>В артикула за сертификат „%1“ липсва %2. Попълнете тези полета.</translation>
    </message>
    <message>
        <source>Order item &quot;%1&quot; orders hosting but has no host name. Give the account&apos;s domain, such as example.com.</source>
        <translation>Артикулът „%1“ поръчва хостинг, но няма име на хост. Задайте домейна на акаунта, например example.com.</translation>
    </message>
    <message>
        <source>The order to update has no order id. Give the id that order-create or order-list returned.</source>
        <translation>Поръчката за обновяване няма ID. Задайте ID-то, върнато от order-create или order-list.</translation>
    </message>
    <message>
        <source>The order has no items. Add at least one item.</source>
        <translation>Поръчката няма артикули. Добавете поне един артикул.</translation>
    </message>
    <message>
        <source>The order&apos;s contact is missing %1. Fill in these fields.</source>
        <translation>В данните за контакт на поръчката липсва %1. Попълнете тези полета.</translation>
    </message>
    <message>
        <source>Two order items have the item id &quot;%1&quot;. Give each item its own id.</source>
        <translation>Два артикула от поръчката имат ID „%1“. Дайте на всеки артикул собствено ID.</translation>
    </message>
    <message>
        <source>Order item &quot;%1&quot; names the parent item &quot;%2&quot;, which is not in the order.</source>
        <translation>Артикулът „%1“ посочва родителски артикул „%2“, който не е в поръчката.</translation>
    </message>
    <message>
        <source>A business invoice needs the recipient&apos;s name (invoice_ceo).</source>
        <translation>Фактура за фирма изисква името на получателя (invoice_ceo).</translation>
    </message>
    <message>
        <source>The invoice type &quot;%1&quot; is not valid. Use personal or business.</source>
        <translation>Видът фактура „%1“ не е валиден. Използвайте personal или business.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::Pager</name>
    <message>
        <source>the API client was deleted.</source>
        <translation>API клиентът беше изтрит.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::RecordParsing</name>
    <message>
        <source>the response data</source>
        <translation>данните в отговора</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; of the response data</source>
        <translation>полето „%1“ от данните в отговора</translation>
    </message>
    <message>
        <source>%1 is %2, not an object. Check that the API address points to the ICDSoft API.</source>
        <translation>%1 е %2, а не обект. Проверете дали адресът на API-то сочи към API-то на ICDSoft.</translation>
    </message>
    <message>
        <source>%1 is %2, not a list of strings.</source>
        <translation>%1 е %2, а не списък от низове.</translation>
    </message>
    <message>
        <source>entry %1 of %2 is %3, not a string.</source>
        <translation>елемент %1 от %2 е %3, а не низ.</translation>
    </message>
    <message>
        <source>the response data (%1) is not an http or https address.</source>
        <translation>данните в отговора (%1) не са http или https адрес.</translation>
    </message>
    <message>
        <source>item %1 of the list is %2, not an object.</source>
        <translation>елемент %1 от списъка е %2, а не обект.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::SecretStore</name>
    <message>
        <source>The keychain entry of this profile is damaged. Edit the profile and enter the token again.</source>
        <translation>Записът на този профил в ключодържателя е повреден. Редактирайте профила и въведете токена отново.</translation>
    </message>
    <message>
        <source>The system keychain has no token for this profile. Edit the profile and enter the token again.</source>
        <translation>Системният ключодържател няма токен за този профил. Редактирайте профила и въведете токена отново.</translation>
    </message>
    <message>
        <source>The system keychain stayed locked, so the token could not be read or stored there. Unlock the keychain and try again, or keep the token for this session only.</source>
        <translation>Системният ключодържател остана заключен, затова токенът не можа да бъде прочетен или записан в него. Отключете ключодържателя и опитайте отново или запазете токена само за тази сесия.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Install and start a Secret Service such as GNOME Keyring or KWallet, or keep the token for this session only. The app never writes tokens to a file.</source>
        <translation>Системният ключодържател не е достъпен (%1). Инсталирайте и стартирайте Secret Service, например GNOME Keyring или KWallet, или запазете токена само за тази сесия. Програмата никога не записва токени във файл.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Api::TicketAttachment</name>
    <message>
        <source>The data of attachment &quot;%1&quot; is not valid base64 text. Download the attachment again.</source>
        <translation>Данните на прикачения файл „%1“ не са валиден base64 текст. Изтеглете прикачения файл отново.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Models::AttachmentFiles</name>
    <message>
        <source>The attachment &quot;%1&quot; has no file data, because it was deleted.</source>
        <translation>Прикаченият файл „%1“ няма данни, защото е изтрит.</translation>
    </message>
    <message>
        <source>Failed to create &quot;%1&quot;: %2. Choose another folder.</source>
        <translation>„%1“ не можа да бъде създаден: %2. Изберете друга папка.</translation>
    </message>
    <message>
        <source>Failed to write &quot;%1&quot;: %2. Check the free space.</source>
        <translation>„%1“ не можа да бъде записан: %2. Проверете свободното място.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file. Attach a regular file.</source>
        <translation>„%1“ не е файл. Прикачете обикновен файл.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 bytes, more than the maximum of 20 MB per attachment. Attach a smaller file.</source>
        <translation>„%1“ е %2 байта, повече от максимума от 20 MB за прикачен файл. Прикачете по-малък файл.</translation>
    </message>
    <message>
        <source>Failed to read &quot;%1&quot;: %2.</source>
        <translation>„%1“ не можа да бъде прочетен: %2.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Models::CannedReplies</name>
    <message>
        <source>Thanks</source>
        <translation>Благодаря</translation>
    </message>
    <message>
        <source>Hello {name},

Thank you for the quick answer. It works now.
</source>
        <translation>Здравейте, {name},

Благодаря за бързия отговор. Вече работи.
</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>Повече подробности</translation>
    </message>
    <message>
        <source>Hello,

Could you please check {domain} again? The problem is still there for ticket {ticket}.
</source>
        <translation>Здравейте,

Бихте ли проверили отново {domain}? Проблемът все още е налице за тикет {ticket}.
</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <source>Hello,

The issue is solved, so this ticket can be closed.
</source>
        <translation>Здравейте,

Проблемът е решен, така че този тикет може да бъде затворен.
</translation>
    </message>
    <message>
        <source>Canned reply %1 has no title. Enter a title.</source>
        <translation>Готовият отговор %1 няма заглавие. Въведете заглавие.</translation>
    </message>
    <message>
        <source>The canned reply &quot;%1&quot; has no text. Write the text or delete the reply.</source>
        <translation>Готовият отговор „%1“ няма текст. Напишете текста или изтрийте отговора.</translation>
    </message>
    <message>
        <source>The shortcut &quot;%1&quot; of &quot;%2&quot; contains a space. Use one word, such as /thanks.</source>
        <translation>Краткият код „%1“ на „%2“ съдържа интервал. Използвайте една дума, например /thanks.</translation>
    </message>
    <message>
        <source>The shortcut &quot;%1&quot; is used by &quot;%2&quot; and &quot;%3&quot;. Give one of them another shortcut.</source>
        <translation>Краткият код „%1“ се използва от „%2“ и „%3“. Дайте на единия от тях друг кратък код.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Models::CatalogModel</name>
    <message numerus="yes">
        <source>%n yr: %1</source>
        <translation>
            <numerusform>%n г.: %1</numerusform>
            <numerusform>%n г.: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>any</source>
        <translation>всякакъв</translation>
    </message>
    <message>
        <source>packages %1</source>
        <translation>пакети %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Order price</source>
        <translation>Цена за поръчка</translation>
    </message>
    <message>
        <source>Renewal price</source>
        <translation>Цена за подновяване</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Models::CsvExporter</name>
    <message>
        <source>The table to export no longer exists.</source>
        <translation>Таблицата за експортиране вече не съществува.</translation>
    </message>
    <message>
        <source>The table shows no columns, so there is nothing to export. Show at least one column with View &gt; Columns and export again.</source>
        <translation>Таблицата не показва колони, така че няма какво да се експортира. Покажете поне една колона от Изглед &gt; Колони и експортирайте отново.</translation>
    </message>
    <message>
        <source>The table to export was closed before the export finished.</source>
        <translation>Таблицата за експортиране беше затворена, преди експортирането да завърши.</translation>
    </message>
    <message>
        <source>The table changed while it was being exported, because rows were loaded or the sort order or quick filter changed. Nothing was written to %1. Export again once the table has finished loading.</source>
        <translation>Таблицата се промени по време на експортирането, защото бяха заредени редове или се промени подредбата или бързият филтър. Нищо не беше записано в %1. Експортирайте отново, след като таблицата се зареди.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Models::DomainCheckModel</name>
    <message>
        <source>it is a web address, not a domain name</source>
        <translation>това е уеб адрес, а не име на домейн</translation>
    </message>
    <message>
        <source>it contains a space</source>
        <translation>съдържа интервал</translation>
    </message>
    <message>
        <source>it has no top-level domain such as .com</source>
        <translation>няма домейн от първо ниво като .com</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>е по-дълго от %1 знака</translation>
    </message>
    <message>
        <source>it has two dots in a row or starts with a dot</source>
        <translation>има две поредни точки или започва с точка</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is longer than %2 characters</source>
        <translation>частта „%1“ е по-дълга от %2 знака</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; starts or ends with a hyphen</source>
        <translation>частта „%1“ започва или завършва с тире</translation>
    </message>
    <message>
        <source>it contains the character &quot;%1&quot;</source>
        <translation>съдържа знака „%1“</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid domain name because %3. Enter one name per line, such as example.com.</source>
        <translation>Ред %1: „%2“ не е валидно име на домейн, защото %3. Въведете по едно име на ред, например example.com.</translation>
    </message>
    <message>
        <source>Enter at least one domain name, such as example.com.</source>
        <translation>Въведете поне едно име на домейн, например example.com.</translation>
    </message>
    <message>
        <source>%1 names were entered, but one check takes at most %2. Remove some names and check the rest afterwards.</source>
        <translation>Въведени са %1 имена, но една проверка обхваща най-много %2. Премахнете някои имена и проверете останалите след това.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Прекъснато</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Изчаква</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Registered and hosted with us</source>
        <translation>Регистриран и хостван при нас</translation>
    </message>
    <message>
        <source>Available for registration</source>
        <translation>Свободен за регистрация</translation>
    </message>
    <message>
        <source>Registered; transfer with its EPP code</source>
        <translation>Регистриран; трансфер с EPP код</translation>
    </message>
    <message>
        <source>Registered; can be transferred</source>
        <translation>Регистриран; може да бъде прехвърлен</translation>
    </message>
    <message>
        <source>Registered; cannot be transferred</source>
        <translation>Регистриран; не може да бъде прехвърлен</translation>
    </message>
    <message>
        <source>Whether the name can be transferred to us from another registrar</source>
        <translation>Дали името може да бъде прехвърлено при нас от друг регистратор</translation>
    </message>
    <message>
        <source>Whether a transfer needs the EPP authorization code from the current registrar</source>
        <translation>Дали трансферът изисква EPP код за трансфер от настоящия регистратор</translation>
    </message>
    <message>
        <source>Whether the name can be ordered here</source>
        <translation>Дали името може да бъде поръчано тук</translation>
    </message>
    <message>
        <source>Whether the name is already hosted on our servers</source>
        <translation>Дали името вече е хоствано на нашите сървъри</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домейн</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Свободен</translation>
    </message>
    <message>
        <source>Transfer possible</source>
        <translation>Възможен трансфер</translation>
    </message>
    <message>
        <source>EPP code needed</source>
        <translation>Нужен EPP код</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Предлага се</translation>
    </message>
    <message>
        <source>Hosted here</source>
        <translation>Хостван тук</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; contains characters that a domain name cannot have</source>
        <translation>частта „%1“ съдържа знаци, които не може да има в име на домейн</translation>
    </message>
    <message>
        <source>Could not check &quot;%1&quot;. %2</source>
        <translation>„%1“ не можа да бъде проверен. %2</translation>
    </message>
    <message>
        <source>Not offered, because this TLD cannot be ordered here</source>
        <translation>Не се предлага, защото този TLD не може да бъде поръчан тук</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Models::DraftStore</name>
    <message>
        <source>Failed to save the draft to &quot;%1&quot;: %2. Check that the folder is writable.</source>
        <translation>Черновата не можа да бъде записана в „%1“: %2. Проверете дали в папката може да се записва.</translation>
    </message>
    <message>
        <source>Failed to create the draft folder &quot;%1&quot;. Check that it is writable.</source>
        <translation>Папката за чернови „%1“ не можа да бъде създадена. Проверете дали в нея може да се записва.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Models::OrderPlacer</name>
    <message>
        <source>No response to order-create: the server closed the connection; the order may or may not have been created: check the Orders page before trying again.</source>
        <translation>Няма отговор на order-create: сървърът затвори връзката; поръчката може да е създадена или не: проверете страницата „Поръчки“, преди да опитате отново.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Models::ReferenceTables</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>ISO2</source>
        <translation>ISO2</translation>
    </message>
    <message>
        <source>ISO3</source>
        <translation>ISO3</translation>
    </message>
    <message>
        <source>Phone code</source>
        <translation>Телефонен код</translation>
    </message>
    <message>
        <source>Continent</source>
        <translation>Континент</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>TLD</source>
        <translation>TLD</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>ЕС</translation>
    </message>
    <message>
        <source>EEA</source>
        <translation>ЕИП</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>ДДС %</translation>
    </message>
    <message>
        <source>VAT prefix</source>
        <translation>Префикс за ДДС</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Трансфер</translation>
    </message>
    <message>
        <source>WHOIS privacy</source>
        <translation>Защита на WHOIS данните</translation>
    </message>
    <message>
        <source>IDN</source>
        <translation>IDN</translation>
    </message>
    <message>
        <source>EPP code</source>
        <translation>EPP код</translation>
    </message>
    <message>
        <source>RGP</source>
        <translation>RGP</translation>
    </message>
    <message>
        <source>Min years</source>
        <translation>Мин. години</translation>
    </message>
    <message>
        <source>Max years</source>
        <translation>Макс. години</translation>
    </message>
    <message>
        <source>ICANN</source>
        <translation>ICANN</translation>
    </message>
    <message>
        <source>Extra attributes</source>
        <translation>Допълнителни атрибути</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Няма</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Свойство</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Етикет</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Задължително</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По подразбиране</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Опции</translation>
    </message>
    <message>
        <source>Select type</source>
        <translation>Вид избор</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Примерен текст</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>1 unit of</source>
        <translation>1 брой от</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Models::TicketThread</name>
    <message>
        <source>The reply is being sent.</source>
        <translation>Отговорът се изпраща.</translation>
    </message>
    <message>
        <source>The last reply timed out. The thread is reloaded to see whether it arrived before you can send again.</source>
        <translation>Времето за изпращане на последния отговор изтече. Нишката се презарежда, за да се провери дали е пристигнал, преди да можете да изпратите отново.</translation>
    </message>
    <message>
        <source>The ticket is not loaded yet.</source>
        <translation>Тикетът още не е зареден.</translation>
    </message>
    <message>
        <source>You can reply once the support operator has answered the last message (can_reply is false).</source>
        <translation>Можете да отговорите, след като операторът от поддръжката отговори на последното съобщение (can_reply е false).</translation>
    </message>
    <message>
        <source>The reply timed out, and reloading the thread to check whether it arrived failed too. Reload the thread (F5) before sending again.</source>
        <translation>Времето за изпращане на отговора изтече, а презареждането на нишката за проверка дали е пристигнал също не успя. Презаредете нишката (F5), преди да изпратите отново.</translation>
    </message>
    <message>
        <source>The reply timed out and the reloaded thread does not contain it, so it was not stored. Send it again.</source>
        <translation>Времето за изпращане на отговора изтече и презаредената нишка не го съдържа, значи не е записан. Изпратете го отново.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::AboutDialog</name>
    <message>
        <source>About ResellerDesk</source>
        <translation>За ResellerDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ResellerDesk %1&lt;/h2&gt;&lt;p&gt;Desktop client for ICDSoft resellers: hosting accounts, domains, orders and support tickets through the ICDSoft reseller API.&lt;/p&gt;&lt;p&gt;Qt %2 (built with Qt %3)&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ResellerDesk %1&lt;/h2&gt;&lt;p&gt;Настолен клиент за реселърите на ICDSoft: хостинг акаунти, домейни, поръчки и тикети за поддръжка чрез API-то за реселъри на ICDSoft.&lt;/p&gt;&lt;p&gt;Qt %2 (компилирано с Qt %3)&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::AttachmentPanel</name>
    <message>
        <source>Attachment</source>
        <translation>Прикачен файл</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Declared type</source>
        <translation>Деклариран вид</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Type in content</source>
        <translation>Вид по съдържание</translation>
    </message>
    <message>
        <source>Select an attachment to preview it.</source>
        <translation>Изберете прикачен файл, за да го прегледате.</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v от %m</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Преглед</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Отваряне</translation>
    </message>
    <message>
        <source>Open with the desktop&apos;s default application</source>
        <translation>Отваряне с програмата по подразбиране на работния плот</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Запазване…</translation>
    </message>
    <message>
        <source>Save a&amp;ll…</source>
        <translation>Запазване на &amp;всички…</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (изтрит)</translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation>Поддръжка: %1</translation>
    </message>
    <message>
        <source>Save all attachments to</source>
        <translation>Запазване на всички прикачени файлове в</translation>
    </message>
    <message>
        <source>Save attachments to</source>
        <translation>Запазване на прикачените файлове в</translation>
    </message>
    <message>
        <source>Failed to create a temporary folder for opening attachments: %1. Save the attachment instead.</source>
        <translation>Не можа да бъде създадена временна папка за отваряне на прикачените файлове: %1. Вместо това запазете прикачения файл.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1.</source>
        <translation>
            <numerusform>Запазен е %n файл в %1.</numerusform>
            <numerusform>Запазени са %n файла в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Изтегляне на %1…</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>Декодиране на %1…</translation>
    </message>
    <message>
        <source>No preview for %1. Open or save the file.</source>
        <translation>Няма преглед за %1. Отворете или запазете файла.</translation>
    </message>
    <message>
        <source>No application could open &quot;%1&quot;. Save the attachment and open it from its folder.</source>
        <translation>Нито една програма не можа да отвори „%1“. Запазете прикачения файл и го отворете от папката му.</translation>
    </message>
    <message>
        <source>%1 (declared %2)</source>
        <translation>%1 (деклариран %2)</translation>
    </message>
    <message>
        <source>The content is %1 but the sender declared %2. Open the file with care.</source>
        <translation>Съдържанието е %1, но подателят е декларирал %2. Отваряйте файла внимателно.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::CannedRepliesDialog</name>
    <message>
        <source>Canned replies</source>
        <translation>Готови отговори</translation>
    </message>
    <message>
        <source>e.g. /thanks</source>
        <translation>напр. /thanks</translation>
    </message>
    <message>
        <source>Type the shortcut in a message and press Tab to insert the reply.</source>
        <translation>Напишете краткия код в съобщение и натиснете Tab, за да вмъкнете отговора.</translation>
    </message>
    <message>
        <source>Placeholders: {name} (the customer&apos;s name), {username}, {domain}, {subject} and {ticket} (the ticket id).</source>
        <translation>Заместители: {name} (името на клиента), {username}, {domain}, {subject} и {ticket} (ID на тикета).</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавяне</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Изтриване</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Нагоре</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Преместване нагоре (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>На&amp;долу</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Преместване надолу (Alt+Down)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заглавие:</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Кратък код:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без заглавие)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>Нов отговор</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::CatalogBrowser</name>
    <message>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Магазин:</translation>
    </message>
    <message>
        <source>Prices &amp;in:</source>
        <translation>&amp;Цени във:</translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation>Зареждане на каталога…</translation>
    </message>
    <message>
        <source>Prices of store %1 in %2. Periods are in years.</source>
        <translation>Цени на магазин %1 в %2. Периодите са в години.</translation>
    </message>
    <message>
        <source>Loading stores…</source>
        <translation>Зареждане на магазините…</translation>
    </message>
    <message>
        <source>The account has no store. Create one in the Account Panel first.</source>
        <translation>Акаунтът няма магазин. Първо създайте такъв в Account Panel.</translation>
    </message>
    <message>
        <source>No exchange rate from %1 to %2.</source>
        <translation>Няма обменен курс от %1 към %2.</translation>
    </message>
    <message>
        <source>Prices converted to %1 at %2 per %3.</source>
        <translation>Цените са превалутирани в %1 по курс %2 за %3.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Колони</translation>
    </message>
    <message>
        <source>Show these columns. Drag a column header in the table to move it.</source>
        <translation>Показване на тези колони. Плъзнете заглавие на колона в таблицата, за да я преместите.</translation>
    </message>
    <message>
        <source>Check at least one column.</source>
        <translation>Отметнете поне една колона.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ConnectDialog</name>
    <message>
        <source>Connect to the ICDSoft API</source>
        <translation>Свързване с API-то на ICDSoft</translation>
    </message>
    <message>
        <source>Store or reseller API key</source>
        <translation>API ключ на магазин или реселър</translation>
    </message>
    <message>
        <source>Optional; leave empty if HMAC is not enabled</source>
        <translation>Незадължително; оставете празно, ако HMAC не е включен</translation>
    </message>
    <message>
        <source>Send the token in the X-Auth-Token header</source>
        <translation>Изпращане на токена в заглавката X-Auth-Token</translation>
    </message>
    <message>
        <source>The token and secret are kept in memory until the app quits.</source>
        <translation>Токенът и ключът се пазят в паметта, докато програмата работи.</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API &amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API &amp;токен:</translation>
    </message>
    <message>
        <source>&amp;HMAC secret:</source>
        <translation>&amp;HMAC ключ:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Свързване</translation>
    </message>
    <message>
        <source>The API token is missing. Paste the key from the Account Panel (Online Stores -&gt; Management or My Accounts -&gt; API Settings).</source>
        <translation>Липсва API токен. Поставете ключа от Account Panel (Online Stores -&gt; Management или My Accounts -&gt; API Settings).</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::DashboardLists</name>
    <message>
        <source>Hosting account</source>
        <translation>Хостинг акаунт</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домейн</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Изтича</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Подновяване…</translation>
    </message>
    <message>
        <source>Opens the order wizard with a renewal of the selected hosting account or domain.</source>
        <translation>Отваря съветника за поръчки с подновяване на избрания хостинг акаунт или домейн.</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Изтичащи</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Потребителско име</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Име на хоста</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Над лимита</translation>
    </message>
    <message>
        <source>Over usage</source>
        <translation>Над лимита</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отговорен</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Unread answers</source>
        <translation>Непрочетени отговори</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Поръчка</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Общо</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Платено</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Неплатено</translation>
    </message>
    <message>
        <source>Expiring (%1)</source>
        <translation>Изтичащи (%1)</translation>
    </message>
    <message>
        <source>Over usage (%1)</source>
        <translation>Над лимита (%1)</translation>
    </message>
    <message>
        <source>Unread answers (%1)</source>
        <translation>Непрочетени отговори (%1)</translation>
    </message>
    <message>
        <source>Not paid (%1)</source>
        <translation>Неплатени (%1)</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>изтекъл преди %n ден</numerusform>
            <numerusform>изтекъл преди %n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ден</numerusform>
            <numerusform>%n дни</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 %4</source>
        <translation>%1: %2 от %3 %4</translation>
    </message>
    <message>
        <source>Hosting account %1</source>
        <translation>Хостинг акаунт %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Тикет %1</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Частично платени</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Поръчка %1</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::DashboardView</name>
    <message numerus="yes">
        <source>Hosting accounts expiring in %n day(s)</source>
        <translation>
            <numerusform>Хостинг акаунти, които изтичат до %n ден</numerusform>
            <numerusform>Хостинг акаунти, които изтичат до %n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Domains expiring in %n day(s)</source>
        <translation>
            <numerusform>Домейни, които изтичат до %n ден</numerusform>
            <numerusform>Домейни, които изтичат до %n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificates expiring in %n day(s)</source>
        <translation>
            <numerusform>Сертификати, които изтичат до %n ден</numerusform>
            <numerusform>Сертификати, които изтичат до %n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hosting accounts expired in the last %n day(s)</source>
        <translation>
            <numerusform>Хостинг акаунти, изтекли през последния %n ден</numerusform>
            <numerusform>Хостинг акаунти, изтекли през последните %n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Domains expired in the last %n day(s)</source>
        <translation>
            <numerusform>Домейни, изтекли през последния %n ден</numerusform>
            <numerusform>Домейни, изтекли през последните %n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificates expired in the last %n day(s)</source>
        <translation>
            <numerusform>Сертификати, изтекли през последния %n ден</numerusform>
            <numerusform>Сертификати, изтекли през последните %n дни</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Табло</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обнови</translation>
    </message>
    <message>
        <source>Loads the dashboard again (F5).</source>
        <translation>Зарежда таблото отново (F5).</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 дни</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 дни</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 дни</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Изтекли</translation>
    </message>
    <message>
        <source>Hosting accounts</source>
        <translation>Хостинг акаунти</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Домейни</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификати</translation>
    </message>
    <message>
        <source>Over usage</source>
        <translation>Над лимита</translation>
    </message>
    <message>
        <source>Unread answers</source>
        <translation>Непрочетени</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Неплатени</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Частично платени</translation>
    </message>
    <message>
        <source>Tickets with unread answers</source>
        <translation>Тикети с непрочетени отговори</translation>
    </message>
    <message>
        <source>Orders not paid</source>
        <translation>Неплатени поръчки</translation>
    </message>
    <message>
        <source>Orders partially paid</source>
        <translation>Частично платени поръчки</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Обновено %1</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded. %1</source>
        <translation>Таблото не можа да бъде заредено. %1</translation>
    </message>
    <message>
        <source>Hosting accounts expiring in %1 to %2 days</source>
        <translation>Хостинг акаунти, които изтичат след %1 до %2 дни</translation>
    </message>
    <message>
        <source>Domains expiring in %1 to %2 days</source>
        <translation>Домейни, които изтичат след %1 до %2 дни</translation>
    </message>
    <message>
        <source>Certificates expiring in %1 to %2 days</source>
        <translation>Сертификати, които изтичат след %1 до %2 дни</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::DetailsPane</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Запис %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>No row selected</source>
        <translation>Няма избран ред</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Изберете ред, за да видите подробностите за него.</translation>
    </message>
    <message>
        <source>This row has no %1, so its details cannot be requested. Refresh the list and select the row again.</source>
        <translation>Този ред няма %1, затова подробностите за него не могат да бъдат заявени. Опреснете списъка и изберете реда отново.</translation>
    </message>
    <message>
        <source>Loading details…</source>
        <translation>Зареждане на подробностите…</translation>
    </message>
    <message>
        <source>Showing the list values only.</source>
        <translation>Показани са само стойностите от списъка.</translation>
    </message>
    <message>
        <source>%1 returned no details for this row. Refresh the list; the item may have been removed.</source>
        <translation>%1 не върна подробности за този ред. Опреснете списъка; обектът може да е премахнат.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Полета</translation>
    </message>
    <message>
        <source>Not returned by the server</source>
        <translation>Не е върнато от сървъра</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Няма</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записа</numerusform>
        </translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показване:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This row has no %1.</source>
        <translation>Този ред няма %1.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::DomainCheckDialog</name>
    <message>
        <source>Domain Check</source>
        <translation>Проверка на домейни</translation>
    </message>
    <message>
        <source>One domain name per line, such as:
example.com
example.net</source>
        <translation>По едно име на домейн на ред, например:
example.com
example.net</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Проверка</translation>
    </message>
    <message>
        <source>Check the names (Ctrl+Enter)</source>
        <translation>Проверка на имената (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Бърз филтър</translation>
    </message>
    <message>
        <source>%v of %m checked</source>
        <translation>%v от %m проверени</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n name(s).</source>
        <translation>
            <numerusform>Проверено е %n име.</numerusform>
            <numerusform>Проверени са %n имена.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) could not be checked; the Result column says why.</source>
        <translation>
            <numerusform>%n име не можа да бъде проверено; колоната „Резултат“ показва защо.</numerusform>
            <numerusform>%n имена не можаха да бъдат проверени; колоната „Резултат“ показва защо.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter domain names, one per line, and press Check.</source>
        <translation>Въведете имена на домейни, по едно на ред, и натиснете „Проверка“.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n name(s)…</source>
        <translation>
            <numerusform>Проверка на %n име…</numerusform>
            <numerusform>Проверка на %n имена…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::EntityTab</name>
    <message>
        <source>Filters sent to the server</source>
        <translation>Филтри, изпращани към сървъра</translation>
    </message>
    <message>
        <source>Quick filter: narrow the loaded rows</source>
        <translation>Бърз филтър: стеснява заредените редове</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n ред</numerusform>
            <numerusform>%n реда</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rows match the quick filter</source>
        <translation>
            <numerusform>%1 от %n ред отговарят на бързия филтър</numerusform>
            <numerusform>%1 от %n реда отговарят на бързия филтър</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (loading cancelled, %n more on the server)</source>
        <translation>
            <numerusform> (зареждането е прекъснато, още %n на сървъра)</numerusform>
            <numerusform> (зареждането е прекъснато, още %n на сървъра)</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows match the filters sent to the server. Change the filters or press Reset to see every row.</source>
        <translation>Няма редове, които отговарят на филтрите, изпратени към сървъра. Променете филтрите или натиснете „Изчистване“, за да видите всички редове.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n loaded rows matches the quick filter.</source>
        <translation>
            <numerusform>%n зареден ред не отговаря на бързия филтър.</numerusform>
            <numerusform>Нито един от %n заредени реда не отговаря на бързия филтър.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Нов опит</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Скриване на това съобщение</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::EverydayActions</name>
    <message>
        <source>&amp;Export View…</source>
        <translation>&amp;Експортиране на изгледа…</translation>
    </message>
    <message>
        <source>Save the rows of the current table as they are shown to a CSV file</source>
        <translation>Записване на редовете от текущата таблица във вида, в който са показани, в CSV файл</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>&amp;Колони…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Клавишни комбинации</translation>
    </message>
    <message>
        <source>&amp;About ResellerDesk</source>
        <translation>&amp;За ResellerDesk</translation>
    </message>
    <message>
        <source>This page has no table to export. Open a list such as Accounts first.</source>
        <translation>Тази страница няма таблица за експортиране. Първо отворете списък, например „Акаунти“.</translation>
    </message>
    <message>
        <source>An export is still running. Wait until it has finished.</source>
        <translation>Все още тече експортиране. Изчакайте да завърши.</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Експортиране на изгледа</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV файлове (*.csv);;Всички файлове (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %1 of %n rows</source>
        <translation>
            <numerusform>Експортиране… %1 от %n ред</numerusform>
            <numerusform>Експортиране… %1 от %n реда</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to %1</source>
        <translation>
            <numerusform>Експортиран е %n ред в %1</numerusform>
            <numerusform>Експортирани са %n реда в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Експортирането не успя</translation>
    </message>
    <message>
        <source>This page has no table columns to choose.</source>
        <translation>Тази страница няма колони на таблица за избор.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ExpiryChart</name>
    <message>
        <source>Expiries per week, next 90 days</source>
        <translation>Изтичания по седмици (90 дни)</translation>
    </message>
    <message>
        <source>Hosting accounts</source>
        <translation>Хостинг акаунти</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Домейни</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификати</translation>
    </message>
    <message>
        <source>Days from today</source>
        <translation>Дни от днес</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::FilterPane</name>
    <message>
        <source>Apply</source>
        <translation>Прилагане</translation>
    </message>
    <message>
        <source>Load the rows that match these filters from the server (Enter)</source>
        <translation>Зареждане от сървъра на редовете, които отговарят на тези филтри (Enter)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Изчистване</translation>
    </message>
    <message>
        <source>Clear the filters and load every row</source>
        <translation>Изчистване на филтрите и зареждане на всички редове</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number. Enter a number of days such as 30, or clear the field.</source>
        <translation>„%1“ не е цяло число. Въведете брой дни, например 30, или изчистете полето.</translation>
    </message>
    <message>
        <source>%1: the start date %2 is after the end date %3. Swap the dates or clear one of them.</source>
        <translation>%1: началната дата %2 е след крайната дата %3. Разменете датите или изчистете едната от тях.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation>Акаунти</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Домейни</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Поръчки</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Тикети</translation>
    </message>
    <message>
        <source>%v of %m pages</source>
        <translation>%v от %m страници</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Stop loading and keep the rows loaded so far (Esc)</source>
        <translation>Спиране на зареждането и запазване на заредените дотук редове (Esc)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Свързване…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Изглед</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Опресняване</translation>
    </message>
    <message>
        <source>&amp;Quick filter</source>
        <translation>&amp;Бърз филтър</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>&amp;Спиране на зареждането</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Към</translation>
    </message>
    <message>
        <source>ResellerDesk — %1</source>
        <translation>ResellerDesk — %1</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификати</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ресурси</translation>
    </message>
    <message>
        <source>Advanced services</source>
        <translation>Допълнителни услуги</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенти</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Плащания</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Магазини</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукти</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::MessageEditor</name>
    <message>
        <source>Write the message. Ctrl+Enter sends it. Type a canned reply&apos;s shortcut such as /thanks and press Tab.</source>
        <translation>Напишете съобщението. Ctrl+Enter го изпраща. Напишете краткия код на готов отговор, например /thanks, и натиснете Tab.</translation>
    </message>
    <message>
        <source>Attachments: at most %1 files of 20 MB each. Drop files here or paste an image into the text.</source>
        <translation>Прикачени файлове: най-много %1 файла по 20 MB. Пуснете файлове тук или поставете изображение в текста.</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Прикачване на файлове…</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Премахване на прикачения файл</translation>
    </message>
    <message>
        <source>Canned &amp;reply</source>
        <translation>Готов &amp;отговор</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Изпращане</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Изпращане на съобщението (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: the draft&apos;s attachments are still being restored. Attach it again in a moment.</source>
        <translation>„%1“ не беше прикачен: прикачените файлове на черновата още се възстановяват. Прикачете го отново след малко.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: a message takes at most %2 attachments. Remove one first.</source>
        <translation>„%1“ не беше прикачен: едно съобщение може да има най-много %2 прикачени файла. Първо премахнете един.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: it has %2, more than the maximum of 20 MB per attachment. Attach a smaller file.</source>
        <translation>„%1“ не беше прикачен: размерът му е %2, повече от максимума от 20 MB за прикачен файл. Прикачете по-малък файл.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикачване на файлове</translation>
    </message>
    <message>
        <source>The draft&apos;s attachment &quot;%1&quot; was not found in the draft folder, so it was left out. The text was kept. Attach the file again.</source>
        <translation>Прикаченият файл „%1“ на черновата не беше намерен в папката на черновата, затова беше пропуснат. Текстът е запазен. Прикачете файла отново.</translation>
    </message>
    <message>
        <source>pasted-image-%1.png</source>
        <translation>pasted-image-%1.png</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::NavigationSidebar</name>
    <message>
        <source>Pages</source>
        <translation>Страници</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::NewTicketDialog</name>
    <message>
        <source>The support account has unread operator responses in tickets %1. Open and read them first, then send the new ticket.</source>
        <translation>Акаунтът за поддръжка има непрочетени отговори от оператор в тикети %1. Първо ги отворете и прочетете, след това изпратете новия тикет.</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Нов тикет</translation>
    </message>
    <message>
        <source>Support &amp;account:</source>
        <translation>&amp;Акаунт за поддръжка:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Домейн:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Loading the support account…</source>
        <translation>Зареждане на акаунта за поддръжка…</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>The ticket was not sent, because listing the account&apos;s tickets failed: %1</source>
        <translation>Тикетът не беше изпратен, защото извличането на тикетите на акаунта не успя: %1</translation>
    </message>
    <message>
        <source>Sending timed out. Checking whether the ticket arrived…</source>
        <translation>Времето за изпращане изтече. Проверява се дали тикетът е пристигнал…</translation>
    </message>
    <message>
        <source>Sending timed out, and checking whether the ticket arrived failed too. Look for the ticket in the Tickets tab before you send it again.</source>
        <translation>Времето за изпращане изтече, а проверката дали тикетът е пристигнал също не успя. Потърсете тикета в раздела „Тикети“, преди да го изпратите отново.</translation>
    </message>
    <message>
        <source>Sending timed out and the ticket did not arrive. Send it again.</source>
        <translation>Времето за изпращане изтече и тикетът не пристигна. Изпратете го отново.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Изпращане…</translation>
    </message>
    <message>
        <source>Check the Tickets tab for the ticket first.</source>
        <translation>Първо потърсете тикета в раздела „Тикети“.</translation>
    </message>
    <message>
        <source>Loading the support account&apos;s domains…</source>
        <translation>Зареждане на домейните на акаунта за поддръжка…</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderActions</name>
    <message>
        <source>O&amp;rder</source>
        <translation>По&amp;ръчка</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Нова поръчка…</translation>
    </message>
    <message>
        <source>&amp;Catalog…</source>
        <translation>&amp;Каталог…</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Подновяване…</translation>
    </message>
    <message>
        <source>An unfinished order was saved. Order &gt; New order continues it.</source>
        <translation>Беше запазена незавършена поръчка. Поръчка &gt; Нова поръчка продължава с нея.</translation>
    </message>
    <message>
        <source>Unfinished order</source>
        <translation>Незавършена поръчка</translation>
    </message>
    <message>
        <source>An order was not finished last time. Continue with it?</source>
        <translation>Последния път една поръчка не беше завършена. Да продължи ли с нея?</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Подновяване</translation>
    </message>
    <message>
        <source>&amp;Upgrade account…</source>
        <translation>&amp;Надграждане на акаунт…</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Надграждане</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open the Accounts page and select the account to renew first.</source>
        <translation>Първо отворете страницата „Акаунти“ и изберете акаунта за подновяване.</translation>
    </message>
    <message>
        <source>Open the Domains page and select the domain to renew first.</source>
        <translation>Първо отворете страницата „Домейни“ и изберете домейна за подновяване.</translation>
    </message>
    <message>
        <source>Open the Accounts page and select the account to upgrade first.</source>
        <translation>Първо отворете страницата „Акаунти“ и изберете акаунта за надграждане.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderAddItemDialog</name>
    <message>
        <source>Add item</source>
        <translation>Добавяне на артикул</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Custom product</source>
        <translation>Продукт по поръчка</translation>
    </message>
    <message>
        <source>Price in %1:</source>
        <translation>Цена в %1:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Продукт:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s), %1</source>
        <translation>
            <numerusform>%n година, %1</numerusform>
            <numerusform>%n години, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain name without .%1:</source>
        <translation>Име на домейна без .%1:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Hostname:</source>
        <translation>Име на хоста:</translation>
    </message>
    <message>
        <source>%1 is required: enter a value.</source>
        <translation>%1 е задължително: въведете стойност.</translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; is not an amount. Enter a number such as 12.50.</source>
        <translation>Цената „%1“ не е сума. Въведете число като 12.50.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderContactPage</name>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>The order&apos;s contact receives the service e-mails. Fields marked * are required.</source>
        <translation>Контактът на поръчката получава имейлите за услугата. Полетата, отбелязани с *, са задължителни.</translation>
    </message>
    <message>
        <source>First name *:</source>
        <translation>Име *:</translation>
    </message>
    <message>
        <source>Last name *:</source>
        <translation>Фамилия *:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Фирма:</translation>
    </message>
    <message>
        <source>Address *:</source>
        <translation>Адрес *:</translation>
    </message>
    <message>
        <source>Address line 2:</source>
        <translation>Адрес, ред 2:</translation>
    </message>
    <message>
        <source>City *:</source>
        <translation>Град *:</translation>
    </message>
    <message>
        <source>State *:</source>
        <translation>Област *:</translation>
    </message>
    <message>
        <source>ZIP code *:</source>
        <translation>Пощенски код *:</translation>
    </message>
    <message>
        <source>Country *:</source>
        <translation>Държава *:</translation>
    </message>
    <message>
        <source>E-mail *:</source>
        <translation>Имейл *:</translation>
    </message>
    <message>
        <source>Phone country *:</source>
        <translation>Държава на телефона *:</translation>
    </message>
    <message>
        <source>Phone *:</source>
        <translation>Телефон *:</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Фактура</translation>
    </message>
    <message>
        <source>The client requests an invoice</source>
        <translation>Клиентът иска фактура</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Физическо лице</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Фирма</translation>
    </message>
    <message>
        <source>Invoice type:</source>
        <translation>Вид фактура:</translation>
    </message>
    <message>
        <source>Name on the invoice:</source>
        <translation>Име във фактурата:</translation>
    </message>
    <message>
        <source>CEO (business):</source>
        <translation>МОЛ (за фирма):</translation>
    </message>
    <message>
        <source>Identity number:</source>
        <translation>ЕГН/ЕИК:</translation>
    </message>
    <message>
        <source>VAT number:</source>
        <translation>ДДС номер:</translation>
    </message>
    <message>
        <source>Invoice country:</source>
        <translation>Държава за фактурата:</translation>
    </message>
    <message>
        <source>Invoice address:</source>
        <translation>Адрес за фактурата:</translation>
    </message>
    <message>
        <source>Required for a business invoice: enter a value.</source>
        <translation>Задължително за фактура на фирма: въведете стойност.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderDetailsEditor</name>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>First name *:</source>
        <translation>Име *:</translation>
    </message>
    <message>
        <source>Last name *:</source>
        <translation>Фамилия *:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Фирма:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Длъжност:</translation>
    </message>
    <message>
        <source>Address *:</source>
        <translation>Адрес *:</translation>
    </message>
    <message>
        <source>Address line 2:</source>
        <translation>Адрес, ред 2:</translation>
    </message>
    <message>
        <source>City *:</source>
        <translation>Град *:</translation>
    </message>
    <message>
        <source>State *:</source>
        <translation>Област *:</translation>
    </message>
    <message>
        <source>ZIP code *:</source>
        <translation>Пощенски код *:</translation>
    </message>
    <message>
        <source>Country code *:</source>
        <translation>Код на държавата *:</translation>
    </message>
    <message>
        <source>E-mail and phone</source>
        <translation>Имейл и телефон</translation>
    </message>
    <message>
        <source>E-mail *:</source>
        <translation>Имейл *:</translation>
    </message>
    <message>
        <source>Second e-mail:</source>
        <translation>Втори имейл:</translation>
    </message>
    <message>
        <source>Phone country code *:</source>
        <translation>Код на държавата за телефона *:</translation>
    </message>
    <message>
        <source>Phone *:</source>
        <translation>Телефон *:</translation>
    </message>
    <message>
        <source>Fax country code:</source>
        <translation>Код на държавата за факса:</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Факс:</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Фактура</translation>
    </message>
    <message>
        <source>The client requests an invoice</source>
        <translation>Клиентът иска фактура</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не е зададено</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Физическо лице</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Фирма</translation>
    </message>
    <message>
        <source>Invoice type:</source>
        <translation>Вид фактура:</translation>
    </message>
    <message>
        <source>Name on the invoice:</source>
        <translation>Име във фактурата:</translation>
    </message>
    <message>
        <source>CEO (business):</source>
        <translation>МОЛ (за фирма):</translation>
    </message>
    <message>
        <source>Identity number:</source>
        <translation>ЕГН/ЕИК:</translation>
    </message>
    <message>
        <source>VAT number:</source>
        <translation>ДДС номер:</translation>
    </message>
    <message>
        <source>Invoice country code:</source>
        <translation>Код на държавата за фактурата:</translation>
    </message>
    <message>
        <source>Invoice address:</source>
        <translation>Адрес за фактурата:</translation>
    </message>
    <message>
        <source>&amp;Save contact and invoice</source>
        <translation>&amp;Запазване на контакта и фактурата</translation>
    </message>
    <message>
        <source>Required for a business invoice: enter a value.</source>
        <translation>Задължително за фактура на фирма: въведете стойност.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderDialog</name>
    <message>
        <source>Order %1</source>
        <translation>Поръчка %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Плащане</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Начин</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Транзакция</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Общо</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Добавяне на артикул…</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Премахване на артикула</translation>
    </message>
    <message>
        <source>Change &amp;period…</source>
        <translation>Промяна на &amp;периода…</translation>
    </message>
    <message>
        <source>&amp;Delete order…</source>
        <translation>&amp;Изтриване на поръчката…</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Записване на плащане</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Банков превод</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сума:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Получено чрез:</translation>
    </message>
    <message>
        <source>Transaction id:</source>
        <translation>ID на транзакцията:</translation>
    </message>
    <message>
        <source>Add pa&amp;yment</source>
        <translation>Добавяне на &amp;плащане</translation>
    </message>
    <message>
        <source>D&amp;elete payment…</source>
        <translation>Из&amp;триване на плащането…</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>П&amp;лащания</translation>
    </message>
    <message>
        <source>&amp;Contact and invoice</source>
        <translation>&amp;Контакт и фактура</translation>
    </message>
    <message>
        <source>Change period</source>
        <translation>Промяна на периода</translation>
    </message>
    <message>
        <source>Period in years:</source>
        <translation>Период в години:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from %2, %3 %4 &amp;lt;%5&amp;gt;. Status: %6, %7. Total: %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; от %2, %3 %4 &amp;lt;%5&amp;gt;. Статус: %6, %7. Общо: %8.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n година</numerusform>
            <numerusform>%n години</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments: %1. Due: %2.</source>
        <translation>Плащания: %1. Дължимо: %2.</translation>
    </message>
    <message>
        <source>The service has processed this order, so only payments can change.</source>
        <translation>Услугата вече е обработила тази поръчка, затова могат да се променят само плащанията.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Записване…</translation>
    </message>
    <message>
        <source>An order needs at least one item. Delete the order instead.</source>
        <translation>Поръчката трябва да има поне един артикул. Вместо това изтрийте поръчката.</translation>
    </message>
    <message>
        <source>Item removed.</source>
        <translation>Артикулът е премахнат.</translation>
    </message>
    <message numerus="yes">
        <source>Period changed to %n year(s).</source>
        <translation>
            <numerusform>Периодът е променен на %n година.</numerusform>
            <numerusform>Периодът е променен на %n години.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the marked contact and invoice fields, then save again.</source>
        <translation>Поправете отбелязаните полета за контакт и фактура и запазете отново.</translation>
    </message>
    <message>
        <source>Contact and invoice details saved.</source>
        <translation>Данните за контакт и фактура са запазени.</translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation>Зареждане на каталога…</translation>
    </message>
    <message>
        <source>Item added.</source>
        <translation>Артикулът е добавен.</translation>
    </message>
    <message>
        <source>Delete order</source>
        <translation>Изтриване на поръчката</translation>
    </message>
    <message numerus="yes">
        <source>Delete order %1 with its %n item(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Да бъде ли изтрита поръчка %1 с нейния %n артикул? Това не може да бъде отменено.</numerusform>
            <numerusform>Да бъде ли изтрита поръчка %1 с нейните %n артикула? Това не може да бъде отменено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 deleted.</source>
        <translation>Поръчка %1 е изтрита.</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Плащането е записано.</translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation>Изтриване на плащането</translation>
    </message>
    <message>
        <source>Delete payment %1 of order %2?</source>
        <translation>Да бъде ли изтрито плащане %1 по поръчка %2?</translation>
    </message>
    <message>
        <source>Payment %1 deleted.</source>
        <translation>Плащане %1 е изтрито.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderItemContacts</name>
    <message>
        <source>Contact of %1</source>
        <translation>Контакт за %1</translation>
    </message>
    <message>
        <source>The order&apos;s contact</source>
        <translation>Контактът на поръчката</translation>
    </message>
    <message>
        <source>A contact of its own (registrant, admin and tech)</source>
        <translation>Отделен контакт (регистрант, административен и технически)</translation>
    </message>
    <message>
        <source>Domain contact:</source>
        <translation>Контакт за домейна:</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderItemForm</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Resource %1 is renewed with its current details.</source>
        <translation>Ресурс %1 се подновява с текущите си данни.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s), %1</source>
        <translation>
            <numerusform>%n година, %1</numerusform>
            <numerusform>%n години, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Количество:</translation>
    </message>
    <message>
        <source>Main domain:</source>
        <translation>Основен домейн:</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Domain name (without .%1):</source>
        <translation>Име на домейна (без .%1):</translation>
    </message>
    <message>
        <source>Register a new domain</source>
        <translation>Регистрация на нов домейн</translation>
    </message>
    <message>
        <source>Transfer from another registrar</source>
        <translation>Трансфер от друг регистратор</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <source>EPP code:</source>
        <translation>EPP код:</translation>
    </message>
    <message>
        <source>Chec&amp;k availability</source>
        <translation>&amp;Проверка на наличността</translation>
    </message>
    <message>
        <source>Name servers:</source>
        <translation>DNS сървъри:</translation>
    </message>
    <message>
        <source>Up to 5, separated by spaces; empty for the defaults</source>
        <translation>До 5, разделени с интервали; празно за стандартните</translation>
    </message>
    <message>
        <source>WHOIS privacy</source>
        <translation>Защита на WHOIS данните</translation>
    </message>
    <message>
        <source>Enter the domain name first.</source>
        <translation>Първо въведете името на домейна.</translation>
    </message>
    <message>
        <source>Checking %1.%2…</source>
        <translation>Проверка на %1.%2…</translation>
    </message>
    <message>
        <source>%1 is available to register.</source>
        <translation>%1 е свободен за регистрация.</translation>
    </message>
    <message>
        <source>%1 is taken. It can be transferred with its EPP code.</source>
        <translation>%1 е зает. Може да бъде прехвърлен с EPP кода си.</translation>
    </message>
    <message>
        <source>%1 is taken. It can be transferred without an EPP code.</source>
        <translation>%1 е зает. Може да бъде прехвърлен без EPP код.</translation>
    </message>
    <message>
        <source>%1 is taken and cannot be transferred.</source>
        <translation>%1 е зает и не може да бъде прехвърлен.</translation>
    </message>
    <message>
        <source>Common name:</source>
        <translation>Общо име (CN):</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>Approver e-mail:</source>
        <translation>Имейл за одобрение:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Organization unit:</source>
        <translation>Организационна единица:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Държава:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Град:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Област:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Contact e-mail:</source>
        <translation>Имейл за контакт:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Price (%1):</source>
        <translation>Цена (%1):</translation>
    </message>
    <message>
        <source>12.50</source>
        <translation>12.50</translation>
    </message>
    <message>
        <source>Required: enter a value.</source>
        <translation>Задължително: въведете стойност.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount. Enter a price such as 12.50.</source>
        <translation>„%1“ не е сума. Въведете цена като 12.50.</translation>
    </message>
    <message>
        <source>Required: check this box.</source>
        <translation>Задължително: отметнете това поле.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderItemsPage</name>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Enter the details of each item.</source>
        <translation>Въведете подробностите за всеки артикул.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderPlacePage</name>
    <message>
        <source>Place the order</source>
        <translation>Изпращане на поръчката</translation>
    </message>
    <message>
        <source>The order is sent once. Afterwards you can request or record a payment.</source>
        <translation>Поръчката се изпраща еднократно. След това можете да заявите или да запишете плащане.</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>&amp;Изпращане на поръчката</translation>
    </message>
    <message>
        <source>Was the order created?</source>
        <translation>Създадена ли е поръчката?</translation>
    </message>
    <message>
        <source>&amp;Use this order</source>
        <translation>&amp;Използване на тази поръчка</translation>
    </message>
    <message>
        <source>It was not created: &amp;send again</source>
        <translation>Не е създадена: &amp;изпращане отново</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Плащане</translation>
    </message>
    <message>
        <source>Create payment &amp;request</source>
        <translation>Създаване на &amp;заявка за плащане</translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation>Начин на плащане:</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Банков превод</translation>
    </message>
    <message>
        <source>Record payment &amp;received</source>
        <translation>Записване на &amp;получено плащане</translation>
    </message>
    <message>
        <source>Amount received:</source>
        <translation>Получена сума:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Получено чрез:</translation>
    </message>
    <message>
        <source>Transaction id:</source>
        <translation>ID на транзакцията:</translation>
    </message>
    <message>
        <source>No answer from the service. Looking for the order in the recent orders before anything is sent again…</source>
        <translation>Няма отговор от услугата. Поръчката се търси сред последните поръчки, преди нещо да бъде изпратено отново…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), total %1.</source>
        <translation>
            <numerusform>%n артикул, общо %1.</numerusform>
            <numerusform>%n артикула, общо %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the order…</source>
        <translation>Изпращане на поръчката…</translation>
    </message>
    <message>
        <source>Order %1 was placed. Total: %2 %3.</source>
        <translation>Поръчка %1 е направена. Общо: %2 %3.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1 from %2, %3 %4</source>
        <translation>%1 от %2, %3 %4</translation>
    </message>
    <message>
        <source>The recent orders could not be searched either (%1). Check the Orders tab before you send the order again.</source>
        <translation>Последните поръчки също не можаха да бъдат претърсени (%1). Проверете раздела „Поръчки“, преди да изпратите поръчката отново.</translation>
    </message>
    <message>
        <source>No recent order with this e-mail and these items exists, so it was probably not created. Send it again when the connection works.</source>
        <translation>Няма скорошна поръчка с този имейл и тези артикули, така че тя вероятно не е създадена. Изпратете я отново, когато връзката работи.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) of the last day have this e-mail and these items. If the newest is this order, use it instead of sending the order again.</source>
        <translation>
            <numerusform>%n поръчка от последното денонощие има този имейл и тези артикули. Ако най-новата е тази поръчка, използвайте нея, вместо да изпращате поръчката отново.</numerusform>
            <numerusform>%n поръчки от последното денонощие имат този имейл и тези артикули. Ако най-новата е тази поръчка, използвайте нея, вместо да изпращате поръчката отново.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment request %1 created: %2 %3 through %4. Send the client the store&apos;s payment page for it.</source>
        <translation>Създадена е заявка за плащане %1: %2 %3 чрез %4. Изпратете на клиента страницата за плащане на магазина за нея.</translation>
    </message>
    <message>
        <source>Payment %1 recorded.</source>
        <translation>Плащане %1 е записано.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderProductsPage</name>
    <message>
        <source>Products</source>
        <translation>Продукти</translation>
    </message>
    <message>
        <source>Add products from the catalog. Select a plan in the order before adding its options, such as a discounted domain.</source>
        <translation>Добавете продукти от каталога. Изберете план в поръчката, преди да добавите опциите към него, например домейн с отстъпка.</translation>
    </message>
    <message>
        <source>Order item</source>
        <translation>Артикул от поръчката</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>&amp;Add to order</source>
        <translation>&amp;Добавяне към поръчката</translation>
    </message>
    <message>
        <source>&amp;Renew existing…</source>
        <translation>&amp;Подновяване на съществуващ…</translation>
    </message>
    <message>
        <source>Renew an existing resource with the selected product</source>
        <translation>Подновяване на съществуващ ресурс с избрания продукт</translation>
    </message>
    <message>
        <source>&amp;Custom product</source>
        <translation>П&amp;родукт по поръчка</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Пре&amp;махване</translation>
    </message>
    <message>
        <source>Select a product in the catalog first.</source>
        <translation>Първо изберете продукт от каталога.</translation>
    </message>
    <message>
        <source>Catalog node %1 does not exist in this store.</source>
        <translation>Елементът от каталога %1 не съществува в този магазин.</translation>
    </message>
    <message>
        <source>%1 is a group. Add one of its products instead.</source>
        <translation>%1 е група. Вместо това добавете един от продуктите в нея.</translation>
    </message>
    <message>
        <source>%1 is sold with %2 only. Add %2 to the order first.</source>
        <translation>%1 се продава само с %2. Първо добавете %2 към поръчката.</translation>
    </message>
    <message>
        <source>Custom product</source>
        <translation>Продукт по поръчка</translation>
    </message>
    <message>
        <source>Catalog node %1 has no renewal price. Select a product that can be renewed.</source>
        <translation>Елементът от каталога %1 няма цена за подновяване. Изберете продукт, който може да бъде подновен.</translation>
    </message>
    <message>
        <source>Select the product to renew in the catalog first.</source>
        <translation>Първо изберете продукта за подновяване от каталога.</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Подновяване</translation>
    </message>
    <message>
        <source>Resource id of the account, domain or certificate:</source>
        <translation>ID на ресурса на акаунта, домейна или сертификата:</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n item(s) of %2.</source>
        <translation>
            <numerusform>%1 изисква поне %n брой от %2.</numerusform>
            <numerusform>%1 изисква поне %n броя от %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 allows at most %n item(s) of %2.</source>
        <translation>
            <numerusform>%1 позволява най-много %n брой от %2.</numerusform>
            <numerusform>%1 позволява най-много %n броя от %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Upgrade existing…</source>
        <translation>&amp;Надграждане на съществуващ…</translation>
    </message>
    <message>
        <source>Upgrade an existing account to the selected plan</source>
        <translation>Надграждане на съществуващ акаунт до избрания план</translation>
    </message>
    <message>
        <source>Catalog node %1 has no order price, so nothing can be upgraded to it. Select a plan.</source>
        <translation>Елементът от каталога %1 няма цена за поръчка, затова нищо не може да бъде надградено до него. Изберете план.</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>ресурс %1</translation>
    </message>
    <message>
        <source>Renewal of %1 (%2)</source>
        <translation>Подновяване на %1 (%2)</translation>
    </message>
    <message>
        <source>Upgrade of %1 to %2</source>
        <translation>Надграждане на %1 до %2</translation>
    </message>
    <message>
        <source>Select the plan to upgrade %1 to in the catalog, then press Upgrade existing.</source>
        <translation>Изберете от каталога плана, до който да се надгради %1, след това натиснете „Надграждане на съществуващ“.</translation>
    </message>
    <message>
        <source>Select the plan to upgrade to in the catalog first.</source>
        <translation>Първо изберете от каталога плана, до който да се надгради.</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Надграждане</translation>
    </message>
    <message>
        <source>Resource id of the hosting account:</source>
        <translation>ID на ресурса на хостинг акаунта:</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>Check the items and the total. The order is sent on the next page.</source>
        <translation>Проверете артикулите и общата сума. Поръчката се изпраща на следващата страница.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Общо:</translation>
    </message>
    <message>
        <source>Show in:</source>
        <translation>Показване в:</translation>
    </message>
    <message>
        <source>Converted total:</source>
        <translation>Превалутирана обща сума:</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n година</numerusform>
            <numerusform>%n години</numerusform>
        </translation>
    </message>
    <message>
        <source>no price</source>
        <translation>няма цена</translation>
    </message>
    <message>
        <source>Unknown: an item has no price for its period.</source>
        <translation>Неизвестно: артикул няма цена за своя период.</translation>
    </message>
    <message>
        <source>No rate from %1 to %2.</source>
        <translation>Няма курс от %1 към %2.</translation>
    </message>
    <message>
        <source>%1 (1 %2 = %3 %4)</source>
        <translation>%1 (1 %2 = %3 %4)</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderStorePage</name>
    <message>
        <source>Store and client</source>
        <translation>Магазин и клиент</translation>
    </message>
    <message>
        <source>Choose the store that sells the order and the client it is for.</source>
        <translation>Изберете магазина, който продава поръчката, и клиента, за когото е.</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Магазин:</translation>
    </message>
    <message>
        <source>&amp;New contact (entered on the Contact page)</source>
        <translation>&amp;Нов контакт (въвежда се на страницата „Контакт“)</translation>
    </message>
    <message>
        <source>&amp;Existing client:</source>
        <translation>&amp;Съществуващ клиент:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message numerus="yes">
        <source>Catalog loaded: %n top-level products.</source>
        <translation>
            <numerusform>Каталогът е зареден: %n продукт от първо ниво.</numerusform>
            <numerusform>Каталогът е зареден: %n продукта от първо ниво.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading stores…</source>
        <translation>Зареждане на магазините…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The account has no store. Create one in the Account Panel first.</source>
        <translation>Акаунтът няма магазин. Първо създайте такъв в Account Panel.</translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation>Зареждане на каталога…</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; (%3)</source>
        <translation>%1 &lt;%2&gt; (%3)</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::OrderWizard</name>
    <message>
        <source>New order</source>
        <translation>Нова поръчка</translation>
    </message>
    <message>
        <source>The catalog has no product &quot;%1&quot; to renew %2 with. Add a renewal by hand from the catalog instead.</source>
        <translation>В каталога няма продукт „%1“, с който да се поднови %2. Вместо това добавете подновяване ръчно от каталога.</translation>
    </message>
    <message>
        <source>Renewal of %1</source>
        <translation>Подновяване на %1</translation>
    </message>
    <message>
        <source>The order is being sent. Wait for the service&apos;s reply before you close the wizard.</source>
        <translation>Поръчката се изпраща. Изчакайте отговора на услугата, преди да затворите съветника.</translation>
    </message>
    <message>
        <source>It is not known whether the order was created. Close anyway? Check the Orders tab before you order again.</source>
        <translation>Не е известно дали поръчката е създадена. Да се затвори ли въпреки това? Проверете раздела „Поръчки“, преди да поръчате отново.</translation>
    </message>
    <message>
        <source>The service rejected the order. Correct the marked fields and place it again.</source>
        <translation>Услугата отхвърли поръчката. Поправете отбелязаните полета и я изпратете отново.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::PaymentsChart</name>
    <message>
        <source>Payments per month</source>
        <translation>Плащания по месеци</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>По подразбиране за системата (%1)</translation>
    </message>
    <message>
        <source>A new language applies after you restart ResellerDesk.</source>
        <translation>Новият език се прилага, след като рестартирате ResellerDesk.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Език на интерфейса:</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications for new operator answers and for items that will expire within 7 days</source>
        <translation>Показване на &amp;известия за нови отговори от оператор и за услуги, които изтичат до 7 дни</translation>
    </message>
    <message>
        <source>How often ResellerDesk asks the service for news, from 1 to 1440 minutes (one day).</source>
        <translation>Колко често ResellerDesk проверява за новости в услугата, от 1 до 1440 минути (едно денонощие).</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Известия</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>&amp;Проверка на всеки:</translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> минута</numerusform>
            <numerusform> минути</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::PresetFilterBar</name>
    <message>
        <source>Clear</source>
        <translation>Изчистване</translation>
    </message>
    <message>
        <source>Show the rows of the filters above instead</source>
        <translation>Вместо това показване на редовете по филтрите по-горе</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Показани: %1</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ProfileDialog</name>
    <message>
        <source>Connection profile</source>
        <translation>Профил за връзка</translation>
    </message>
    <message>
        <source>Use the embedded sandbox with demo data</source>
        <translation>Използване на вградената демо среда с примерни данни</translation>
    </message>
    <message>
        <source>Store or reseller API key</source>
        <translation>API ключ на магазин или реселър</translation>
    </message>
    <message>
        <source>Optional; leave empty if HMAC is not enabled</source>
        <translation>Незадължително; оставете празно, ако HMAC не е включен</translation>
    </message>
    <message>
        <source>Send the token in the X-Auth-Token header</source>
        <translation>Изпращане на токена в заглавката X-Auth-Token</translation>
    </message>
    <message>
        <source>UTC (the service&apos;s default), or a name such as Europe/Sofia</source>
        <translation>UTC (стандартната за услугата) или име като Europe/Sofia</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверка на връзката</translation>
    </message>
    <message>
        <source>The token and HMAC secret are stored in the system keychain, never in a file.</source>
        <translation>Токенът и HMAC ключът се пазят в системния ключодържател, никога във файл.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API &amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API &amp;токен:</translation>
    </message>
    <message>
        <source>&amp;HMAC secret:</source>
        <translation>&amp;HMAC ключ:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часова &amp;зона:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Време за изчакване:</translation>
    </message>
    <message>
        <source>Key level:</source>
        <translation>Ниво на ключа:</translation>
    </message>
    <message>
        <source>Rejected certificate:</source>
        <translation>Отхвърлен сертификат:</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Свързано.</translation>
    </message>
    <message>
        <source>Chosen by the app: the sandbox runs on 127.0.0.1</source>
        <translation>Избира се от програмата: демо средата работи на 127.0.0.1</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Enter another name.</source>
        <translation>Вече има профил с име „%1“. Въведете друго име.</translation>
    </message>
    <message>
        <source>The API token is missing. Paste the key from the Account Panel (Online Stores -&gt; Management or My Accounts -&gt; API Settings).</source>
        <translation>Липсва API токен. Поставете ключа от Account Panel (Online Stores -&gt; Management или My Accounts -&gt; API Settings).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Свързване…</translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation>Ключодържателят не е достъпен</translation>
    </message>
    <message>
        <source>Keep the token for this session only? You will have to enter it again after the app restarts. The other settings of the profile are saved.</source>
        <translation>Да се пази ли токенът само за тази сесия? Ще трябва да го въведете отново след рестартиране на програмата. Останалите настройки на профила са запазени.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ProfileSession</name>
    <message>
        <source>This build cannot start the embedded sandbox.</source>
        <translation>Тази версия не може да стартира вградената демо среда.</translation>
    </message>
    <message>
        <source>The profile was deleted.</source>
        <translation>Профилът беше изтрит.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation>Профил</translation>
    </message>
    <message>
        <source>Profile: </source>
        <translation>Профил: </translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавяне…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редактиране…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Изтриване…</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>демо среда</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Изтриване на профила</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its token from the system keychain?</source>
        <translation>Да бъде ли изтрит профилът „%1“ и неговият токен от системния ключодържател?</translation>
    </message>
    <message>
        <source>Certificate rejected</source>
        <translation>Сертификатът е отхвърлен</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused because its certificate is not trusted. Nothing was sent. Check the API address, and any proxy that intercepts https.</source>
        <translation>Защитената връзка с %1 беше отказана, защото сертификатът на сървъра не е доверен. Нищо не беше изпратено. Проверете адреса на API-то и всеки прокси сървър, който прихваща https.</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Смяна на профила</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; could not be opened: %2</source>
        <translation>Профилът „%1“ не можа да бъде отворен: %2</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ReferenceDataDialog</name>
    <message>
        <source>Reference Data</source>
        <translation>Справочни данни</translation>
    </message>
    <message>
        <source>&amp;Currency rates</source>
        <translation>&amp;Валутни курсове</translation>
    </message>
    <message>
        <source>C&amp;ountries</source>
        <translation>&amp;Държави</translation>
    </message>
    <message>
        <source>&amp;Data centers</source>
        <translation>&amp;Центрове за данни</translation>
    </message>
    <message>
        <source>&amp;TLDs</source>
        <translation>&amp;TLD-и</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Бърз филтър</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message>
        <source>The reply to %1 has an unexpected shape.</source>
        <translation>Отговорът на %1 има неочаквана структура.</translation>
    </message>
    <message>
        <source>%1 Press F5 to try again.</source>
        <translation>%1 Натиснете F5, за да опитате отново.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), loaded at %1.</source>
        <translation>
            <numerusform>%n ред, зареден в %1.</numerusform>
            <numerusform>%n реда, заредени в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a TLD to see its extra attributes.</source>
        <translation>Изберете TLD, за да видите допълнителните му атрибути.</translation>
    </message>
    <message>
        <source>.%1 needs no extra attributes to register.</source>
        <translation>За регистрация на .%1 не са нужни допълнителни атрибути.</translation>
    </message>
    <message>
        <source>Extra attributes of .%1 (sent to the registry when a domain is registered):</source>
        <translation>Допълнителни атрибути на .%1 (изпращат се на регистъра при регистрация на домейн):</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::SavedFilters</name>
    <message>
        <source>Saved</source>
        <translation>Запазени</translation>
    </message>
    <message>
        <source>Apply, save, rename or delete named sets of these filters</source>
        <translation>Прилагане, запазване, преименуване или изтриване на именувани набори от тези филтри</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Запазени филтри</translation>
    </message>
    <message>
        <source>No saved filters yet</source>
        <translation>Още няма запазени филтри</translation>
    </message>
    <message>
        <source>&amp;Save current filters…</source>
        <translation>&amp;Запазване на текущите филтри…</translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation>&amp;Управление…</translation>
    </message>
    <message>
        <source>The saved filter &quot;%1&quot; was not found. It may have been deleted in another window.</source>
        <translation>Запазеният филтър „%1“ не беше намерен. Възможно е да е изтрит в друг прозорец.</translation>
    </message>
    <message>
        <source>Save filters</source>
        <translation>Запазване на филтрите</translation>
    </message>
    <message>
        <source>Name for the current filters:</source>
        <translation>Име за текущите филтри:</translation>
    </message>
    <message>
        <source>A saved filter named &quot;%1&quot; already exists. Replace it?</source>
        <translation>Вече има запазен филтър с име „%1“. Да бъде ли заменен?</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::SavedFiltersDialog</name>
    <message>
        <source>Saved filters</source>
        <translation>Запазени филтри</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Прилагане</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Преименуване…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Изтриване</translation>
    </message>
    <message>
        <source>Delete saved filter</source>
        <translation>Изтриване на запазения филтър</translation>
    </message>
    <message>
        <source>Delete the saved filter &quot;%1&quot;?</source>
        <translation>Да бъде ли изтрит запазеният филтър „%1“?</translation>
    </message>
    <message>
        <source>Rename saved filter</source>
        <translation>Преименуване на запазения филтър</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Ново име:</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ShortcutsDialog</name>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Прозорец</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Клавишни комбинации</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Комбинация</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Къде</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::SplitDomainDialog</name>
    <message>
        <source>Split Domain</source>
        <translation>Разделяне на домейн</translation>
    </message>
    <message>
        <source>Host or domain name, such as www.example.co.uk</source>
        <translation>Име на хост или домейн, например www.example.co.uk</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;Разделяне</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>TLD (top-level domain):</source>
        <translation>TLD (домейн от първо ниво):</translation>
    </message>
    <message>
        <source>SLD (second-level domain):</source>
        <translation>SLD (домейн от второ ниво):</translation>
    </message>
    <message>
        <source>Enter a name and press Split. The service knows multi-part TLDs such as co.uk.</source>
        <translation>Въведете име и натиснете „Разделяне“. Услугата познава съставни TLD като co.uk.</translation>
    </message>
    <message>
        <source>Splitting &quot;%1&quot;…</source>
        <translation>Разделяне на „%1“…</translation>
    </message>
    <message>
        <source>The service returned no TLD for &quot;%1&quot;. Check the name and try again.</source>
        <translation>Услугата не върна TLD за „%1“. Проверете името и опитайте отново.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the SLD &quot;%2&quot; under the TLD &quot;%3&quot;.</source>
        <translation>„%1“ е SLD „%2“ в TLD „%3“.</translation>
    </message>
    <message>
        <source>Could not split &quot;%1&quot;. %2</source>
        <translation>„%1“ не можа да бъде разделен. %2</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::TableActions</name>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Копиране на редовете</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text with a header line, for pasting into a spreadsheet</source>
        <translation>Копиране на избраните редове като текст, разделен с табулации, със заглавен ред, за поставяне в електронна таблица</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Отваряне в &amp;браузър</translation>
    </message>
    <message>
        <source>Open in Browser (no web address)</source>
        <translation>Отваряне в браузър (няма уеб адрес)</translation>
    </message>
    <message>
        <source>Open %1 in the web browser</source>
        <translation>Отваряне на %1 в уеб браузъра</translation>
    </message>
    <message>
        <source>The selected row has no web address. The API gives one only for online stores.</source>
        <translation>Избраният ред няма уеб адрес. API-то дава такъв само за онлайн магазините.</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>&amp;Колони…</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Отваряне в браузър</translation>
    </message>
    <message>
        <source>No web browser could be opened for %1. Copy the address and open it in a browser yourself.</source>
        <translation>Не можа да се отвори уеб браузър за %1. Копирайте адреса и го отворете в браузър сами.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ThreadBrowser</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt; · %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt; · %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666; margin-left:24px&apos;&gt;&lt;i&gt;Waiting for the support operator&apos;s response.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666; margin-left:24px&apos;&gt;&lt;i&gt;Очаква се отговор от оператора на поддръжката.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Support: %1&lt;/b&gt; · %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Поддръжка: %1&lt;/b&gt; · %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::TicketActions</name>
    <message>
        <source>Tic&amp;kets</source>
        <translation>&amp;Тикети</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Нов тикет…</translation>
    </message>
    <message>
        <source>&amp;Open selected ticket</source>
        <translation>&amp;Отваряне на избрания тикет</translation>
    </message>
    <message>
        <source>&amp;Canned replies…</source>
        <translation>&amp;Готови отговори…</translation>
    </message>
    <message>
        <source>Check support &amp;login…</source>
        <translation>Проверка на &amp;входа за поддръжка…</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::TicketAuthDialog</name>
    <message>
        <source>Check support login</source>
        <translation>Проверка на входа за поддръжка</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверка</translation>
    </message>
    <message>
        <source>Support &amp;username:</source>
        <translation>&amp;Потребителско име за поддръжката:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>П&amp;арола:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>The login is valid: %1 &lt;%2&gt;.</source>
        <translation>Входът е валиден: %1 &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>The username or password is wrong for &quot;%1&quot;. Check both and try again.</source>
        <translation>Потребителското име или паролата за „%1“ са грешни. Проверете ги и опитайте отново.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::TicketWindow</name>
    <message>
        <source>Ticket %1</source>
        <translation>Тикет %1</translation>
    </message>
    <message>
        <source>Loading ticket %1…</source>
        <translation>Зареждане на тикет %1…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Презареждане</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>Тикет %1: %2</translation>
    </message>
    <message>
        <source>%1
Ticket %2 · %3 · %4 · support account %5</source>
        <translation>%1
Тикет %2 · %3 · %4 · акаунт за поддръжка %5</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ToolDialog</name>
    <message>
        <source>Refresh</source>
        <translation>Опресняване</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::ToolsMenu</name>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Инструменти</translation>
    </message>
    <message>
        <source>&amp;Demo Control Panel</source>
        <translation>&amp;Демо контролен панел</translation>
    </message>
    <message>
        <source>Log in to the Demo Control Panel in the web browser</source>
        <translation>Вход в демо контролния панел в уеб браузъра</translation>
    </message>
    <message>
        <source>&amp;Video conference rooms…</source>
        <translation>&amp;Стаи за видеоконференции…</translation>
    </message>
    <message>
        <source>Domain &amp;check…</source>
        <translation>&amp;Проверка на домейни…</translation>
    </message>
    <message>
        <source>&amp;Split domain…</source>
        <translation>&amp;Разделяне на домейн…</translation>
    </message>
    <message>
        <source>C&amp;urrency rates</source>
        <translation>&amp;Валутни курсове</translation>
    </message>
    <message>
        <source>C&amp;ountries</source>
        <translation>&amp;Държави</translation>
    </message>
    <message>
        <source>Data cen&amp;ters</source>
        <translation>&amp;Центрове за данни</translation>
    </message>
    <message>
        <source>&amp;TLDs and their attributes</source>
        <translation>&amp;TLD-и и техните атрибути</translation>
    </message>
    <message>
        <source>The service returned a Demo Control Panel link that is not a web address.</source>
        <translation>Услугата върна връзка към демо контролния панел, която не е уеб адрес.</translation>
    </message>
    <message>
        <source>Demo Control Panel</source>
        <translation>Демо контролен панел</translation>
    </message>
    <message>
        <source>Could not get a login link for the Demo Control Panel. %1</source>
        <translation>Не можа да се получи връзка за вход в демо контролния панел. %1</translation>
    </message>
    <message>
        <source>No web browser could be started for the Demo Control Panel link. Set a default web browser in the desktop settings and try again.</source>
        <translation>Не можа да се стартира уеб браузър за връзката към демо контролния панел. Задайте уеб браузър по подразбиране в настройките на работния плот и опитайте отново.</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::TrayNotifier</name>
    <message numerus="yes">
        <source>%n item(s) need attention</source>
        <translation>
            <numerusform>%n елемент изисква внимание</numerusform>
            <numerusform>%n елемента изискват внимание</numerusform>
        </translation>
    </message>
    <message>
        <source>New answer on ticket %1</source>
        <translation>Нов отговор в тикет %1</translation>
    </message>
    <message>
        <source>Hosting account %1 expires soon</source>
        <translation>Хостинг акаунт %1 изтича скоро</translation>
    </message>
    <message>
        <source>Domain %1 expires soon</source>
        <translation>Домейнът %1 изтича скоро</translation>
    </message>
    <message>
        <source>Certificate %1 expires soon</source>
        <translation>Сертификат %1 изтича скоро</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s).</source>
        <translation>
            <numerusform>Изтича след %n ден.</numerusform>
            <numerusform>Изтича след %n дни.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new ticket answer(s)</source>
        <translation>
            <numerusform>%n нов отговор в тикет</numerusform>
            <numerusform>%n нови отговора в тикети</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) expiring within %1 days</source>
        <translation>
            <numerusform>%n елемент изтича до %1 дни</numerusform>
            <numerusform>%n елемента изтичат до %1 дни</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets with unread answers</source>
        <translation>Тикети с непрочетени отговори</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Изтичащи до %n ден</numerusform>
            <numerusform>Изтичащи до %n дни</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::VideoRoomsDialog</name>
    <message>
        <source>Video Conference Rooms</source>
        <translation>Стаи за видеоконференции</translation>
    </message>
    <message>
        <source>Letters, digits, &apos;_&apos; and &apos;-&apos;, such as team-meeting</source>
        <translation>Букви, цифри, „_“ и „-“, например team-meeting</translation>
    </message>
    <message>
        <source>C&amp;reate room</source>
        <translation>&amp;Създаване на стая</translation>
    </message>
    <message>
        <source>The new room&apos;s link appears here</source>
        <translation>Връзката към новата стая се появява тук</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Копиране на връзката</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Отваряне в браузър</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Местоположение:</translation>
    </message>
    <message>
        <source>&amp;Room name:</source>
        <translation>&amp;Име на стаята:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Връзка:</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Стая</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>Rooms created in this window:</source>
        <translation>Стаи, създадени в този прозорец:</translation>
    </message>
    <message>
        <source>No web browser could be started for the room link. Copy the link and open it in a browser yourself.</source>
        <translation>Не можа да се стартира уеб браузър за връзката към стаята. Копирайте връзката и я отворете в браузър сами.</translation>
    </message>
    <message>
        <source>Loading the video conference locations…</source>
        <translation>Зареждане на местоположенията за видеоконференции…</translation>
    </message>
    <message>
        <source>%1 (%2, data center %3)</source>
        <translation>%1 (%2, център за данни %3)</translation>
    </message>
    <message>
        <source>The service lists no video conference locations.</source>
        <translation>Услугата не посочва местоположения за видеоконференции.</translation>
    </message>
    <message>
        <source>Choose a location and a room name, then Create room.</source>
        <translation>Изберете местоположение и име на стаята, след това „Създаване на стая“.</translation>
    </message>
    <message>
        <source>Creating the room &quot;%1&quot;…</source>
        <translation>Създаване на стаята „%1“…</translation>
    </message>
    <message>
        <source>The room &quot;%1&quot; is ready. Anyone with the link can join it.</source>
        <translation>Стаята „%1“ е готова. Всеки с връзката може да се присъедини.</translation>
    </message>
    <message>
        <source>The link is on the clipboard.</source>
        <translation>Връзката е копирана в клипборда.</translation>
    </message>
    <message>
        <source>Could not create the room &quot;%1&quot; at the location &quot;%2&quot;. %3</source>
        <translation>Стаята „%1“ не можа да бъде създадена в местоположението „%2“. %3</translation>
    </message>
</context>
<context>
    <name>ResellerDesk::Ui::WelcomeDialog</name>
    <message>
        <source>Welcome to ResellerDesk</source>
        <translation>Добре дошли в ResellerDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to ResellerDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Добре дошли в ResellerDesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Manage the hosting accounts, domains, orders and support tickets of your ICDSoft reseller stores. Try the app with demo data first, or connect with an API key from the reseller Account Panel.</source>
        <translation>Управлявайте хостинг акаунтите, домейните, поръчките и тикетите за поддръжка на вашите реселърски магазини в ICDSoft. Първо изпробвайте програмата с демо данни или се свържете с API ключ от реселърския Account Panel.</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>Изпробване на &amp;демо средата</translation>
    </message>
    <message>
        <source>Starts a local copy of the API with demo data on this computer. Nothing is sent to ICDSoft.</source>
        <translation>Стартира локално копие на API-то с демо данни на този компютър. Нищо не се изпраща към ICDSoft.</translation>
    </message>
    <message>
        <source>&amp;Connect to ICDSoft…</source>
        <translation>&amp;Свързване с ICDSoft…</translation>
    </message>
    <message>
        <source>Creates a connection profile with your API token.</source>
        <translation>Създава профил за връзка с вашия API токен.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Демо среда</translation>
    </message>
    <message>
        <source>The sandbox accepts the random token below. Enter an HMAC secret to try signed requests.</source>
        <translation>Демо средата приема случайния токен по-долу. Въведете HMAC ключ, за да изпробвате подписани заявки.</translation>
    </message>
    <message>
        <source>ICDSoft</source>
        <translation>ICDSoft</translation>
    </message>
</context>
<context>
    <name>SavedFilterStore</name>
    <message>
        <source>The filter name is empty. Enter a name such as &quot;Expiring this month&quot;.</source>
        <translation>Името на филтъра е празно. Въведете име като „Изтичащи този месец“.</translation>
    </message>
    <message numerus="yes">
        <source>The filter name &quot;%1&quot; is longer than %n characters. Enter a shorter name.</source>
        <translation>
            <numerusform>Името на филтъра „%1“ е по-дълго от %n знак. Въведете по-кратко име.</numerusform>
            <numerusform>Името на филтъра „%1“ е по-дълго от %n знака. Въведете по-кратко име.</numerusform>
        </translation>
    </message>
    <message>
        <source>A saved filter named &quot;%1&quot; already exists. Choose another name or delete that filter first.</source>
        <translation>Вече има запазен филтър с име „%1“. Изберете друго име или първо изтрийте този филтър.</translation>
    </message>
    <message>
        <source>The saved filter &quot;%1&quot; was not found. It may have been deleted in another window.</source>
        <translation>Запазеният филтър „%1“ не беше намерен. Възможно е да е изтрит в друг прозорец.</translation>
    </message>
</context>
<context>
    <name>UsageLimits</name>
    <message>
        <source>Storage</source>
        <translation>Дисково пространство</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Трафик</translation>
    </message>
    <message>
        <source>Inodes</source>
        <translation>Inode-и</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>Процесор</translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation>MySQL</translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message>
        <source>In progress</source>
        <translation>В процес</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Неплатено</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Годишно</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Месечно</translation>
    </message>
    <message>
        <source>suresupport.com</source>
        <translation>suresupport.com</translation>
    </message>
    <message>
        <source>Reseller Account Panel</source>
        <translation>Реселърски Account Panel</translation>
    </message>
    <message>
        <source>Client Account Panel</source>
        <translation>Клиентски Account Panel</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Затворен</translation>
    </message>
    <message>
        <source>USA (CenturyLink)</source>
        <translation>САЩ (CenturyLink)</translation>
    </message>
    <message>
        <source>Europe (Neterra)</source>
        <translation>Европа (Neterra)</translation>
    </message>
    <message>
        <source>Hong Kong (iAdvantage)</source>
        <translation>Хонконг (iAdvantage)</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Тримесечно</translation>
    </message>
    <message>
        <source>Semiannually</source>
        <translation>Полугодишно</translation>
    </message>
    <message>
        <source>ICDSoft</source>
        <translation>ICDSoft</translation>
    </message>
    <message>
        <source>Another provider</source>
        <translation>Друг доставчик</translation>
    </message>
    <message>
        <source>SSL certificate</source>
        <translation>SSL сертификат</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Изтичащ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Изтекъл</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Блокиран</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Отказан</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Работи</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Ограничена</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Спряна</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Временно спрян</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Обработва се</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нов</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завършен</translation>
    </message>
    <message>
        <source>Fully paid</source>
        <translation>Изцяло платено</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Частично платено</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Платено</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Поет</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отговорен</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отворен</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Нова поръчка</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Подновяване</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Надграждане</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящо плащане</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Възстановена сума</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>Оспорено плащане</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Физическо лице</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Фирма</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
</context>
<context>
    <name>WizardFields</name>
    <message>
        <source>Required: enter a value.</source>
        <translation>Задължително: въведете стойност.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ не е имейл адрес.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for ICDSoft resellers.</source>
        <translation>Настолен клиент за реселърите на ICDSoft.</translation>
    </message>
    <message>
        <source>Start the embedded sandbox with demo data on a free 127.0.0.1 port and connect to it.</source>
        <translation>Стартиране на вградената демо среда с примерни данни на свободен порт на 127.0.0.1 и свързване с нея.</translation>
    </message>
    <message>
        <source>Connect to the API at &lt;url&gt; and ask for the token (default: https://api.suresupport.com).</source>
        <translation>Свързване с API-то на &lt;url&gt; и запитване за токена (по подразбиране: https://api.suresupport.com).</translation>
    </message>
    <message>
        <source>With --sandbox, generate &lt;count&gt; more domains with proportionate accounts, orders and tickets (default 0).</source>
        <translation>С --sandbox: генериране на още &lt;count&gt; домейна с пропорционален брой акаунти, поръчки и тикети (по подразбиране 0).</translation>
    </message>
    <message>
        <source>--sandbox and --api-url cannot be combined. Use one of them.</source>
        <translation>--sandbox и --api-url не могат да се използват заедно. Използвайте едното от тях.</translation>
    </message>
    <message>
        <source>Invalid --sandbox-scale &quot;%1&quot;: expected a whole number from 0 to 1000000.</source>
        <translation>Невалидна стойност на --sandbox-scale „%1“: очаква се цяло число от 0 до 1000000.</translation>
    </message>
    <message>
        <source>ResellerDesk</source>
        <translation>ResellerDesk</translation>
    </message>
    <message>
        <source>The embedded sandbox could not start: %1</source>
        <translation>Вградената демо среда не можа да стартира: %1</translation>
    </message>
    <message>
        <source>Invalid --api-url &quot;%1&quot;: %2</source>
        <translation>Невалидна стойност на --api-url „%1“: %2</translation>
    </message>
</context>
</TS>
