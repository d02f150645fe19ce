#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Kempt {

struct Company
{
    qint64 id = 0;
    QString name;
    QString legalForm;
    QString industry;
    QString size;
    QString website;
    QString phone;
    QString email;
    QString street;
    QString city;
    QString region;
    QString postcode;
    QString country;
    QString ownerName;
    QString description;
    QStringList tags;
    QVariantMap custom;
    QString createdAt;
    QString updatedAt;
    QString deletedAt;
};

} // namespace Kempt
