#include "ui/loadingstatus.h"

#include <QCoreApplication>

namespace ResellerDesk::Ui {

namespace {

// Whole sentences per entity rather than one sentence with the entity name filled in,
// because translations may inflect the sentence around the name.
struct LoadingTexts
{
    const char *starting;
    // %1 is the number of pages done and %n the number of pages in total.
    const char *pages;
};

LoadingTexts loadingTexts(Models::Entity entity)
{
    switch (entity) {
    case Models::Entity::Accounts:
        return { QT_TRANSLATE_NOOP("LoadingStatus", "Loading accounts…"),
            QT_TRANSLATE_N_NOOP("LoadingStatus", "Loading accounts… %1 of %n pages") };
    case Models::Entity::Domains:
        return { QT_TRANSLATE_NOOP("LoadingStatus", "Loading domains…"),
            QT_TRANSLATE_N_NOOP("LoadingStatus", "Loading domains… %1 of %n pages") };
    case Models::Entity::Orders:
        return { QT_TRANSLATE_NOOP("LoadingStatus", "Loading orders…"),
            QT_TRANSLATE_N_NOOP("LoadingStatus", "Loading orders… %1 of %n pages") };
    case Models::Entity::Tickets:
        return { QT_TRANSLATE_NOOP("LoadingStatus", "Loading tickets…"),
            QT_TRANSLATE_N_NOOP("LoadingStatus", "Loading tickets… %1 of %n pages") };
    case Models::Entity::Certificates:
        return { QT_TRANSLATE_NOOP("LoadingStatus", "Loading certificates…"),
            QT_TRANSLATE_N_NOOP("LoadingStatus", "Loading certificates… %1 of %n pages") };
    case Models::Entity::Clients:
        return { QT_TRANSLATE_NOOP("LoadingStatus", "Loading clients…"),
            QT_TRANSLATE_N_NOOP("LoadingStatus", "Loading clients… %1 of %n pages") };
    case Models::Entity::Resources:
        return { QT_TRANSLATE_NOOP("LoadingStatus", "Loading resources…"),
            QT_TRANSLATE_N_NOOP("LoadingStatus", "Loading resources… %1 of %n pages") };
    case Models::Entity::Services:
        return { QT_TRANSLATE_NOOP("LoadingStatus", "Loading advanced services…"),
            QT_TRANSLATE_N_NOOP("LoadingStatus",
                                "Loading advanced services… %1 of %n pages") };
    case Models::Entity::Stores:
        return { QT_TRANSLATE_NOOP("LoadingStatus", "Loading stores…"),
            QT_TRANSLATE_N_NOOP("LoadingStatus", "Loading stores… %1 of %n pages") };
    case Models::Entity::Products:
        return { QT_TRANSLATE_NOOP("LoadingStatus", "Loading products…"),
            QT_TRANSLATE_N_NOOP("LoadingStatus", "Loading products… %1 of %n pages") };
    case Models::Entity::Payments:
        return { QT_TRANSLATE_NOOP("LoadingStatus", "Loading payments…"),
            QT_TRANSLATE_N_NOOP("LoadingStatus", "Loading payments… %1 of %n pages") };
    }
    return { QT_TRANSLATE_NOOP("LoadingStatus", "Loading…"),
        QT_TRANSLATE_N_NOOP("LoadingStatus", "Loading… %1 of %n pages") };
}

} // namespace

QString loadingStatusText(Models::Entity entity, int pagesDone, int pagesTotal)
{
    const LoadingTexts texts = loadingTexts(entity);
    if (pagesTotal <= 0)
        return QCoreApplication::translate("LoadingStatus", texts.starting);
    return QCoreApplication::translate("LoadingStatus", texts.pages, nullptr, pagesTotal)
        .arg(pagesDone);
}

} // namespace ResellerDesk::Ui
