#include "common/viewmodelstatus.h"

QString ViewModelMessages::noDatabase()
{
    return tr("No terminal database is open.");
}
