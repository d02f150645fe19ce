#include "quality/verdict.h"

namespace Kempt {

// Stable, untranslated names: they go into files, logs and the CLI's output.
QString Verdict::statusName(Status s)
{
    switch (s) {
    case Valid:
        return QStringLiteral("valid");
    case Warning:
        return QStringLiteral("warning");
    case Invalid:
        return QStringLiteral("invalid");
    }
    return QString();
}

} // namespace Kempt
