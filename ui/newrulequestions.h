#pragma once

#include "quality/styleguiderule.h"

namespace Kempt {

class MessagePresenter;

// Asks what a new style-guide rule is about (its kind, the kind of record, the field, a
// picklist's values) and builds it with sensible settings and a description, ready for
// the editor's form. Behind MessagePresenter, so tests answer the questions.
class NewRuleQuestions
{
public:
    // False when the person cancelled; message then stays empty. A rule that would not
    // be valid is refused with the reason in message.
    static bool ask(MessagePresenter *presenter, StyleGuideRule *rule, QString *message);
};

} // namespace Kempt
