#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace Kempt {

// One column of a pipeline. Won and lost are not stages: they are a deal's status, so a
// closed deal keeps the stage it was closed from (which the reports use).
struct Stage
{
    qint64 id = 0;
    qint64 pipelineId = 0;
    QString name;
    int position = 0;
    double probability = 0; // 0..1, the default of the deals in the stage
    int rottingDays = 0;    // a deal idle longer than this is marked; 0: never
    // Deal field keys (FieldCatalog) a deal must fill before it may enter the stage.
    QStringList requiredFields;

    bool operator==(const Stage &o) const
    {
        return id == o.id && pipelineId == o.pipelineId && name == o.name && position == o.position
            && probability == o.probability && rottingDays == o.rottingDays && requiredFields == o.requiredFields;
    }
};

struct Pipeline
{
    qint64 id = 0;
    QString name;
    int position = 0;
    QList<Stage> stages; // in board order

    int indexOfStage(qint64 stageId) const
    {
        for (int i = 0; i < stages.size(); ++i)
            if (stages.at(i).id == stageId)
                return i;
        return -1;
    }
};

enum class DealStatus { Open, Won, Lost };

struct Deal
{
    qint64 id = 0;
    QString title;
    qint64 valueMinor = 0; // in the currency's minor unit (cents), so sums are exact
    QString currency = QStringLiteral("EUR"); // ISO 4217
    QString companyName;    // the company is found or created by name when saved
    qint64 contactId = 0;   // the primary contact; 0 for none
    QList<qint64> otherContactIds;
    QString ownerName;      // the owner is found or created by name when saved
    qint64 pipelineId = 0;  // 0 when saving: the first pipeline (created when there is none)
    qint64 stageId = 0;     // 0 when saving: the pipeline's first stage
    double rank = 0;        // order within the stage, ascending
    QString expectedClose;  // ISO 8601 date
    std::optional<double> probability; // 0..1; empty: the stage's default
    DealStatus status = DealStatus::Open;
    QString lostReason;
    QString source;
    QVariantMap custom; // custom field key (without "custom.") -> value
    QString createdAt;
    QString updatedAt;
    QString closedAt;
    QString deletedAt;

    // "open", "won", "lost": the values of deals.status.
    static QString statusName(DealStatus status)
    {
        switch (status) {
        case DealStatus::Open: return QStringLiteral("open");
        case DealStatus::Won: return QStringLiteral("won");
        case DealStatus::Lost: return QStringLiteral("lost");
        }
        return QStringLiteral("open");
    }
    static std::optional<DealStatus> statusFromName(const QString &name)
    {
        if (name == QLatin1String("open"))
            return DealStatus::Open;
        if (name == QLatin1String("won"))
            return DealStatus::Won;
        if (name == QLatin1String("lost"))
            return DealStatus::Lost;
        return std::nullopt;
    }
};

} // namespace Kempt
