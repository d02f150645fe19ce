<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Audit</name>
    <message>
        <source>Finding the records a change touched</source>
        <translation>البحث عن السجلات التي شملها التغيير</translation>
    </message>
    <message>
        <source>Applying the style guide&apos;s fixes</source>
        <translation>تطبيق إصلاحات دليل الأسلوب</translation>
    </message>
    <message>
        <source>Storing the data-quality findings</source>
        <translation>حفظ نتائج فحص جودة البيانات</translation>
    </message>
    <message>
        <source>A record&apos;s e-mails, phones or tags could not be read. Run &quot;kempt-cli info&quot; to check the workspace.</source>
        <translation>تعذّرت قراءة عناوين البريد الإلكتروني أو أرقام الهاتف أو الوسوم لأحد السجلات. شغّل &quot;kempt-cli info&quot; لفحص مساحة العمل.</translation>
    </message>
    <message>
        <source>Reading the records for the audit</source>
        <translation>قراءة السجلات للتدقيق</translation>
    </message>
    <message>
        <source>The workspace is not open. Open it again and retry.</source>
        <translation>مساحة العمل غير مفتوحة. افتحها مرة أخرى ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The workspace could not be read for the audit: %1</source>
        <translation>تعذّرت قراءة مساحة العمل للتدقيق: %1</translation>
    </message>
    <message>
        <source>%1 failed because the disk is full. Free some space and try again.</source>
        <translation>فشلت عملية «%1» لأن القرص ممتلئ. أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 failed because another program is writing to the workspace. Try again when it has finished.</source>
        <translation>فشلت عملية «%1» لأن برنامجًا آخر يكتب في مساحة العمل. حاول مرة أخرى بعد أن ينتهي.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>فشلت عملية «%1»: %2</translation>
    </message>
    <message>
        <source>No workspace is open. Open one, then run the audit.</source>
        <translation>لا توجد مساحة عمل مفتوحة. افتح واحدة، ثم شغّل التدقيق.</translation>
    </message>
    <message>
        <source>The audit was cancelled; the previous findings are kept.</source>
        <translation>أُلغي التدقيق؛ تم الاحتفاظ بالنتائج السابقة.</translation>
    </message>
    <message>
        <source>The style guide has no rule &quot;%1&quot;. Rules with fixes: %2.</source>
        <translation>لا توجد في دليل الأسلوب قاعدة باسم &quot;%1&quot;. القواعد التي لها إصلاحات: %2.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; checks %2; there is nothing it could change by itself. Name a rule about how values are written (see &quot;kempt-cli audit&quot;).</source>
        <translation>القاعدة &quot;%1&quot; تفحص %2؛ ولا يوجد ما يمكنها تغييره بنفسها. حدّد قاعدة تتعلق بطريقة كتابة القيم (راجع &quot;kempt-cli audit&quot;).</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; is switched off in the style guide. Switch it on first.</source>
        <translation>القاعدة &quot;%1&quot; معطّلة في دليل الأسلوب. فعّلها أولًا.</translation>
    </message>
    <message>
        <source>The style guide has no rule &quot;%1&quot;.</source>
        <translation>لا توجد في دليل الأسلوب قاعدة باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; checks %2; there is nothing it could change by itself.</source>
        <translation>القاعدة &quot;%1&quot; تفحص %2؛ ولا يوجد ما يمكنها تغييره بنفسها.</translation>
    </message>
    <message>
        <source>Counting was cancelled.</source>
        <translation>أُلغي العدّ.</translation>
    </message>
    <message>
        <source>Working out the fixes was cancelled; nothing was changed.</source>
        <translation>أُلغي حساب الإصلاحات؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Counting duplicates</source>
        <translation>عدّ التكرارات</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The workspace file.</source>
        <translation>ملف مساحة العمل.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>عرض هذه المساعدة.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>عرض رقم الإصدار.</translation>
    </message>
    <message>
        <source>Usage: kempt-cli [--db FILE] COMMAND [options]</source>
        <translation>الاستخدام: kempt-cli [--db FILE] COMMAND [options]</translation>
    </message>
    <message>
        <source>Creates, inspects and exports Kempt workspaces.</source>
        <translation>ينشئ مساحات عمل Kempt ويفحصها ويصدّرها.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <source>The workspace file (default: %1)</source>
        <translation>ملف مساحة العمل (الافتراضي: %1)</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>عرض هذه المساعدة</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>عرض رقم الإصدار</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>&quot;%1&quot; ليس أمرًا معروفًا.</translation>
    </message>
    <message>
        <source>--db needs the name of a workspace file.</source>
        <translation>يحتاج الخيار --db إلى اسم ملف مساحة عمل.</translation>
    </message>
    <message>
        <source>There is no workspace at %1 yet. Create it with &quot;kempt-cli init&quot;, or name another file with --db FILE.</source>
        <translation>لا توجد مساحة عمل في %1 بعد. أنشئها باستخدام &quot;kempt-cli init&quot;، أو حدّد ملفًا آخر باستخدام --db FILE.</translation>
    </message>
    <message>
        <source>%1 does not exist. Create a workspace there with &quot;kempt-cli init %1&quot;, or check the file name.</source>
        <translation>%1 غير موجود. أنشئ مساحة عمل هناك باستخدام &quot;kempt-cli init %1&quot;، أو تحقّق من اسم الملف.</translation>
    </message>
    <message>
        <source>What to export: contacts (the default) or companies.</source>
        <translation>ما يُراد تصديره: contacts (الافتراضي) أو companies.</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark, for Excel on Windows.</source>
        <translation>بدء الملف بعلامة ترتيب البايتات UTF-8، لبرنامج Excel على Windows.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be exported. Use --entity contacts or --entity companies.</source>
        <translation>لا يمكن تصدير &quot;%1&quot;. استخدم --entity contacts أو --entity companies.</translation>
    </message>
    <message>
        <source>Name the file to write, or &quot;-&quot; for standard output: kempt-cli export --format csv OUT</source>
        <translation>حدّد الملف المراد كتابته، أو &quot;-&quot; للإخراج القياسي: kempt-cli export --format csv OUT</translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose another file name for the export.</source>
        <translation>%1 هو ملف مساحة العمل نفسه؛ اختر اسم ملف آخر للتصدير.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose a folder you can write to.</source>
        <translation>تتعذّر الكتابة إلى %1: %2. اختر مجلدًا لديك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>لم تتم كتابة %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>تتعذّر الكتابة إلى %1: %2. تحقّق من المساحة الحرة على القرص ومن صلاحيات المجلد.</translation>
    </message>
    <message>
        <source>Records exported to %1: %2.</source>
        <translation>السجلات المصدَّرة إلى %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln سجل</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%Ln سجلات</numerusform>
            <numerusform>%Ln سجلًا</numerusform>
            <numerusform>%Ln سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the workspace&apos;s format version and the rows in each table</source>
        <translation>عرض إصدار تنسيق مساحة العمل وعدد الصفوف في كل جدول</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>إخراج JSON بدلًا من النص.</translation>
    </message>
    <message>
        <source>info takes no file name; name the workspace with --db FILE.</source>
        <translation>الأمر info لا يقبل اسم ملف؛ حدّد مساحة العمل باستخدام --db FILE.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>مساحة العمل: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Kempt reads up to %2)</source>
        <translation>إصدار المخطط: %1 (يقرأ إصدار Kempt هذا حتى %2)</translation>
    </message>
    <message>
        <source>Kempt version: %1</source>
        <translation>إصدار Kempt: %1</translation>
    </message>
    <message>
        <source>File size: %1 bytes</source>
        <translation>حجم الملف: %1 بايت</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>عدد الصفوف في كل جدول:</translation>
    </message>
    <message>
        <source>Create a new, empty workspace (FILE defaults to the --db file)</source>
        <translation>إنشاء مساحة عمل جديدة فارغة (FILE افتراضيًا هو ملف --db)</translation>
    </message>
    <message>
        <source>init takes one file name. Usage: kempt-cli init [FILE]</source>
        <translation>الأمر init يقبل اسم ملف واحدًا. الاستخدام: kempt-cli init [FILE]</translation>
    </message>
    <message>
        <source>%1 already exists; init only creates new workspaces and leaves existing files alone. Choose another file name, or use the existing workspace with --db %1.</source>
        <translation>%1 موجود بالفعل؛ الأمر init ينشئ مساحات عمل جديدة فقط ولا يمسّ الملفات الموجودة. اختر اسم ملف آخر، أو استخدم مساحة العمل الموجودة عبر --db %1.</translation>
    </message>
    <message>
        <source>Created the workspace %1 (format version %2).</source>
        <translation>تم إنشاء مساحة العمل %1 (إصدار التنسيق %2).</translation>
    </message>
    <message>
        <source>Fill an empty workspace with invented companies, contacts and deals</source>
        <translation>ملء مساحة عمل فارغة بشركات وجهات اتصال وصفقات وهمية</translation>
    </message>
    <message>
        <source>How many contacts to invent (default %1).</source>
        <translation>عدد جهات الاتصال الوهمية المطلوب إنشاؤها (الافتراضي %1).</translation>
    </message>
    <message>
        <source>sample-data takes no file name; name the workspace with --db FILE.</source>
        <translation>الأمر sample-data لا يقبل اسم ملف؛ حدّد مساحة العمل باستخدام --db FILE.</translation>
    </message>
    <message>
        <source>--contacts needs a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>يحتاج --contacts إلى عدد صحيح من 1 إلى %1، وليس &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 already holds contacts, and the sample data goes into an empty workspace. Create one with &quot;kempt-cli init NEW.sqlite&quot;, then run &quot;kempt-cli --db NEW.sqlite sample-data&quot;.</source>
        <translation>يحتوي %1 بالفعل على جهات اتصال، والبيانات النموذجية تُحمَّل في مساحة عمل فارغة فقط. أنشئ واحدة باستخدام &quot;kempt-cli init NEW.sqlite&quot;، ثم شغّل &quot;kempt-cli --db NEW.sqlite sample-data&quot;.</translation>
    </message>
    <message>
        <source>Loaded the sample data into %1: %2 contacts, %3 companies, %4 deals.</source>
        <translation>تم تحميل البيانات النموذجية في %1: جهات الاتصال: %2، الشركات: %3، الصفقات: %4.</translation>
    </message>
    <message>
        <source>Check every record against the style guide: scores, findings per rule, the records with most to do</source>
        <translation>فحص كل السجلات وفق دليل الأسلوب: الدرجات، والنتائج لكل قاعدة، والسجلات الأكثر حاجة إلى المعالجة</translation>
    </message>
    <message>
        <source>How many of the records with most to do to list (default 10).</source>
        <translation>عدد السجلات الأكثر حاجة إلى المعالجة المراد عرضها (الافتراضي 10).</translation>
    </message>
    <message>
        <source>audit takes no file name; name the workspace with --db FILE.</source>
        <translation>الأمر audit لا يقبل اسم ملف؛ حدّد مساحة العمل باستخدام --db FILE.</translation>
    </message>
    <message>
        <source>--top needs a whole number from 0 to 10000, not &quot;%1&quot;.</source>
        <translation>يحتاج --top إلى عدد صحيح من 0 إلى 10000، وليس &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Audited %1 records (%2 contacts, %3 companies) of %4 in %5 s with %6: %7 findings.</source>
        <translation>تم تدقيق سجلات %4 خلال %5 ث باستخدام %6. السجلات: %1 (جهات الاتصال: %2، الشركات: %3)، النتائج: %7.</translation>
    </message>
    <message>
        <source>style guide version %1</source>
        <translation>دليل الأسلوب، الإصدار %1</translation>
    </message>
    <message>
        <source>the default style guide</source>
        <translation>دليل الأسلوب الافتراضي</translation>
    </message>
    <message>
        <source>Scores (0 to 100, higher is better):</source>
        <translation>الدرجات (من 0 إلى 100، والأعلى أفضل):</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>الاكتمال</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>الاتساق</translation>
    </message>
    <message>
        <source>Uniqueness</source>
        <translation>عدم التكرار</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>الحداثة</translation>
    </message>
    <message>
        <source>Findings per rule (records, errors, warnings, fixes):</source>
        <translation>النتائج لكل قاعدة (السجلات، الأخطاء، التحذيرات، الإصلاحات):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Records with most to do:</source>
        <translation>السجلات الأكثر حاجة إلى المعالجة:</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 fixes</source>
        <translation>الأخطاء: %1، التحذيرات: %2، الإصلاحات: %3</translation>
    </message>
    <message>
        <source>Check one value a line from standard input; write input, normalized, verdict, reason and suggestion as TSV</source>
        <translation>فحص قيمة واحدة في كل سطر من الإدخال القياسي، وكتابة المُدخل والقيمة الموحّدة والحكم والسبب والاقتراح بتنسيق TSV</translation>
    </message>
    <message>
        <source>What the values are: email, phone, name, company, country or date.</source>
        <translation>نوع القيم: email أو phone أو name أو company أو country أو date.</translation>
    </message>
    <message>
        <source>The country (ISO code such as DE) of phone numbers without +CC.</source>
        <translation>بلد أرقام الهاتف التي لا تبدأ بـ+CC (رمز ISO مثل DE).</translation>
    </message>
    <message>
        <source>How numeric dates are read: dmy (31/12/2024), mdy (12/31/2024) or ymd. Without it, a date such as 03/04/2024 is reported as ambiguous.</source>
        <translation>طريقة قراءة التواريخ الرقمية: dmy (31/12/2024) أو mdy (12/31/2024) أو ymd. بدونه يُعدّ تاريخ مثل 03/04/2024 ملتبسًا.</translation>
    </message>
    <message>
        <source>Name the kind of values with --field %1.</source>
        <translation>حدّد نوع القيم باستخدام --field %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field check knows; use --field %2.</source>
        <translation>&quot;%1&quot; ليس حقلًا يعرفه الأمر check؛ استخدم --field %2.</translation>
    </message>
    <message>
        <source>--region takes a two-letter country code such as DE, not &quot;%1&quot;.</source>
        <translation>يقبل --region رمز بلد من حرفين مثل DE، وليس &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--order is dmy, mdy or ymd, not &quot;%1&quot;.</source>
        <translation>قيمة --order هي dmy أو mdy أو ymd، وليست &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>check reads its values from standard input, one a line; it takes no file name.</source>
        <translation>يقرأ الأمر check قيمه من الإدخال القياسي، قيمة في كل سطر؛ ولا يقبل اسم ملف.</translation>
    </message>
    <message>
        <source>Standard input cannot be read: %1</source>
        <translation>تتعذّر قراءة الإدخال القياسي: %1</translation>
    </message>
    <message>
        <source>The results could not be written: %1</source>
        <translation>تعذّرت كتابة النتائج: %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>%1 phone, stored E.164 form</source>
        <translation>هاتف %1 (الصيغة المخزّنة E.164)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Apply the style guide&apos;s fixes to every record as one change that can be undone (--dry-run: only show them)</source>
        <translation>تطبيق إصلاحات دليل الأسلوب على كل السجلات كتغيير واحد يمكن التراجع عنه (--dry-run: عرضها فقط)</translation>
    </message>
    <message>
        <source>Apply only this rule&apos;s fixes (an id from &quot;kempt-cli audit&quot;).</source>
        <translation>تطبيق إصلاحات هذه القاعدة فقط (معرّف من &quot;kempt-cli audit&quot;).</translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation>عرض ما سيتغيّر دون كتابة أي شيء.</translation>
    </message>
    <message>
        <source>fix takes no file name; name the workspace with --db FILE.</source>
        <translation>الأمر fix لا يقبل اسم ملف؛ حدّد مساحة العمل باستخدام --db FILE.</translation>
    </message>
    <message>
        <source>--rule needs the id of a rule, e.g. --rule contact.phone.format.</source>
        <translation>يحتاج --rule إلى معرّف قاعدة، مثل --rule contact.phone.format.</translation>
    </message>
    <message>
        <source>the style guide&apos;s fixes</source>
        <translation>إصلاحات دليل الأسلوب</translation>
    </message>
    <message>
        <source>the fixes of rule %1</source>
        <translation>إصلاحات القاعدة %1</translation>
    </message>
    <message>
        <source>Nothing to fix: every record already follows %1.</source>
        <translation>لا يوجد ما يُصلَح: جميع السجلات تتبع بالفعل %1.</translation>
    </message>
    <message>
        <source>Dry run: %1 would change %2 records (%3 values). Nothing was written.</source>
        <translation>تشغيل تجريبي: ستغيّر %1 عدد %2 من السجلات (%3 من القيم). لم تتم كتابة أي شيء.</translation>
    </message>
    <message>
        <source>Applied %1 to %2 records (%3 values) of %4 as one change (batch %5).</source>
        <translation>طُبّقت %1 على %2 من سجلات %4 (%3 من القيم) كتغيير واحد (الدفعة %5).</translation>
    </message>
    <message>
        <source>Write the active style guide to FILE as JSON, store FILE as the next version, or list the versions (&quot;-&quot; for standard output or input)</source>
        <translation>كتابة دليل الأسلوب النشط إلى FILE بتنسيق JSON، أو حفظ FILE كإصدار تالٍ، أو سرد الإصدارات (&quot;-&quot; للإخراج أو الإدخال القياسي)</translation>
    </message>
    <message>
        <source>Why the rules change; stored with the imported version.</source>
        <translation>سبب تغيير القواعد؛ يُحفظ مع الإصدار المستورد.</translation>
    </message>
    <message>
        <source>Use &quot;style-guide export FILE&quot;, &quot;style-guide import FILE&quot; or &quot;style-guide history&quot;.</source>
        <translation>استخدم &quot;style-guide export FILE&quot; أو &quot;style-guide import FILE&quot; أو &quot;style-guide history&quot;.</translation>
    </message>
    <message>
        <source>The style guide could not be written to standard output.</source>
        <translation>تعذّرت كتابة دليل الأسلوب إلى الإخراج القياسي.</translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose another file name for the style guide.</source>
        <translation>%1 هو ملف مساحة العمل نفسه؛ اختر اسم ملف آخر لدليل الأسلوب.</translation>
    </message>
    <message>
        <source>Style guide version %1 (%2 rules) written to %3.</source>
        <translation>كُتب دليل الأسلوب، الإصدار %1 (عدد القواعد: %2)، إلى %3.</translation>
    </message>
    <message>
        <source>The default style guide (%1 rules) written to %2.</source>
        <translation>كُتب دليل الأسلوب الافتراضي (عدد القواعد: %1) إلى %2.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>الإدخال القياسي</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check the file name.</source>
        <translation>تتعذّر قراءة %1: %2. تحقّق من اسم الملف.</translation>
    </message>
    <message>
        <source>%1 was not imported. %2</source>
        <translation>لم يتم استيراد %1. %2</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>مستورد من %1</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>لم يتم استيراد %1: %2</translation>
    </message>
    <message>
        <source>Style guide version %1 stored: %2 rules from %3.</source>
        <translation>حُفظ دليل الأسلوب، الإصدار %1: عدد القواعد %2، من %3.</translation>
    </message>
    <message>
        <source>No style guide is stored; the default guide applies.</source>
        <translation>لا يوجد دليل أسلوب محفوظ؛ يُطبَّق الدليل الافتراضي.</translation>
    </message>
    <message>
        <source>There are no pipelines yet. The first deal creates the &quot;Sales&quot; pipeline.</source>
        <translation>لا توجد مسارات مبيعات بعد. تُنشئ أول صفقة مسار المبيعات &quot;المبيعات&quot;.</translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation>مسار المبيعات: %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>الاحتمال.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>الصفقات</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>القيمة المرجّحة</translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln deal(s) in other currencies)</source>
        <translation>
            <numerusform>(+%Ln صفقة بعملات أخرى)</numerusform>
            <numerusform>(+صفقة واحدة بعملة أخرى)</numerusform>
            <numerusform>(+صفقتان بعملات أخرى)</numerusform>
            <numerusform>(+%Ln صفقات بعملات أخرى)</numerusform>
            <numerusform>(+%Ln صفقة بعملات أخرى)</numerusform>
            <numerusform>(+%Ln صفقة بعملات أخرى)</numerusform>
        </translation>
    </message>
    <message>
        <source>Won: %1 deal(s), %2</source>
        <translation>الصفقات الرابحة: %1، %2</translation>
    </message>
    <message>
        <source>Lost: %1 deal(s), %2</source>
        <translation>الصفقات الخاسرة: %1، %2</translation>
    </message>
    <message>
        <source>Win rate: %1%</source>
        <translation>معدل الفوز: %1%</translation>
    </message>
    <message>
        <source>Forecast (weighted value by expected close month):</source>
        <translation>التوقعات (القيمة المرجّحة حسب شهر الإغلاق المتوقع):</translation>
    </message>
    <message>
        <source>No open deal has an expected close date.</source>
        <translation>لا توجد صفقة مفتوحة لها تاريخ إغلاق متوقع.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln صفقة</numerusform>
            <numerusform>صفقة واحدة</numerusform>
            <numerusform>صفقتان</numerusform>
            <numerusform>%Ln صفقات</numerusform>
            <numerusform>%Ln صفقة</numerusform>
            <numerusform>%Ln صفقة</numerusform>
        </translation>
    </message>
    <message>
        <source>List the pipelines and stages with their open deals, totals and weighted values, and the forecast</source>
        <translation>سرد مسارات المبيعات ومراحلها مع صفقاتها المفتوحة وإجمالياتها وقيمها المرجّحة، والتوقعات</translation>
    </message>
    <message>
        <source>Print JSON instead of text (amounts in minor units).</source>
        <translation>إخراج JSON بدلًا من النص (المبالغ بأصغر وحدة للعملة).</translation>
    </message>
    <message>
        <source>deals takes no file name; name the workspace with --db FILE.</source>
        <translation>الأمر deals لا يقبل اسم ملف؛ حدّد مساحة العمل باستخدام --db FILE.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another file or folder.</source>
        <translation>تتعذّر الكتابة إلى %1: %2. اختر ملفًا أو مجلدًا آخر.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2. Check the free space and try again.</source>
        <translation>تعذّرت كتابة %1 بالكامل: %2. تحقّق من المساحة الحرة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Find duplicate contacts in the workspace or in a spreadsheet, explain why they match, write pairs and groups</source>
        <translation>البحث عن جهات الاتصال المكررة في مساحة العمل أو في جدول بيانات، وشرح سبب تطابقها، وكتابة الأزواج والمجموعات</translation>
    </message>
    <message>
        <source>Scan this CSV spreadsheet instead of the workspace.</source>
        <translation>فحص جدول بيانات CSV هذا بدلًا من مساحة العمل.</translation>
    </message>
    <message>
        <source>The spreadsheet column that holds record ids (default: row numbers).</source>
        <translation>عمود جدول البيانات الذي يحتوي على معرّفات السجلات (الافتراضي: أرقام الصفوف).</translation>
    </message>
    <message>
        <source>Write the matched pairs as CSV (id_a,id_b,score,band).</source>
        <translation>كتابة الأزواج المتطابقة بتنسيق CSV (id_a,id_b,score,band).</translation>
    </message>
    <message>
        <source>Write the duplicate groups as CSV (id,cluster_id).</source>
        <translation>كتابة مجموعات التكرار بتنسيق CSV (id,cluster_id).</translation>
    </message>
    <message>
        <source>dedupe takes no file name; scan a spreadsheet with --file INPUT.csv, the workspace with --db FILE.</source>
        <translation>الأمر dedupe لا يقبل اسم ملف؛ افحص جدول بيانات باستخدام --file INPUT.csv، أو مساحة العمل باستخدام --db FILE.</translation>
    </message>
    <message>
        <source>--id-column only applies to a spreadsheet given with --file.</source>
        <translation>ينطبق --id-column فقط على جدول بيانات محدد باستخدام --file.</translation>
    </message>
    <message>
        <source>--file needs the name of a CSV file.</source>
        <translation>يحتاج --file إلى اسم ملف CSV.</translation>
    </message>
    <message>
        <source>Scanned %1 records of %2 in %3 s: %4 candidate pairs compared, %5 matched.</source>
        <translation>تم فحص سجلات %2 خلال %3 ث. السجلات: %1، الأزواج المرشّحة التي قورنت: %4، المتطابقة: %5.</translation>
    </message>
    <message>
        <source>Duplicate groups: %1 sure, %2 possible (%3 records).</source>
        <translation>مجموعات التكرار: مؤكدة: %1، محتملة: %2 (السجلات: %3).</translation>
    </message>
    <message>
        <source>Group %1 (%2, %3 records): %4</source>
        <translation>المجموعة %1 (%2، السجلات: %3): %4</translation>
    </message>
    <message>
        <source>Write the records to OUT as CSV, Excel or vCard (&quot;-&quot; for standard output)</source>
        <translation>كتابة السجلات إلى OUT بتنسيق CSV أو Excel أو vCard (&quot;-&quot; للإخراج القياسي)</translation>
    </message>
    <message>
        <source>The file format: csv (the default), xlsx or vcf.</source>
        <translation>تنسيق الملف: csv (الافتراضي) أو xlsx أو vcf.</translation>
    </message>
    <message>
        <source>The vCard version for --format vcf: 3.0 (the default) or 4.0.</source>
        <translation>إصدار vCard مع --format vcf: الإصدار 3.0 (الافتراضي) أو 4.0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export format kempt-cli knows. Use --format csv, xlsx or vcf.</source>
        <translation>&quot;%1&quot; ليس تنسيق تصدير يعرفه kempt-cli. استخدم --format csv أو xlsx أو vcf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vCard version kempt-cli writes. Use --vcard-version 3.0 or 4.0.</source>
        <translation>&quot;%1&quot; ليس إصدار vCard يكتبه kempt-cli. استخدم --vcard-version 3.0 أو 4.0.</translation>
    </message>
    <message>
        <source>The mapping %1 is not valid JSON (%2).</source>
        <translation>تعيين الأعمدة %1 ليس JSON صالحًا (%2).</translation>
    </message>
    <message>
        <source>The sheet of a workbook to read (default: the first visible one).</source>
        <translation>ورقة المصنف المراد قراءتها (الافتراضي: أول ورقة ظاهرة).</translation>
    </message>
    <message>
        <source>Store values as the file has them instead of applying the style guide&apos;s fixes.</source>
        <translation>تخزين القيم كما هي في الملف بدلًا من تطبيق إصلاحات دليل الأسلوب.</translation>
    </message>
    <message>
        <source>Reject rows with an error the style guide blocks saving for.</source>
        <translation>رفض الصفوف التي تحتوي على خطأ يمنع دليل الأسلوب حفظها بسببه.</translation>
    </message>
    <message>
        <source>Check and count everything; keep nothing.</source>
        <translation>فحص كل شيء وعدّه دون الاحتفاظ بأي شيء.</translation>
    </message>
    <message>
        <source>Write the rejected rows and their reasons to this CSV file.</source>
        <translation>كتابة الصفوف المرفوضة وأسباب رفضها في ملف CSV هذا.</translation>
    </message>
    <message>
        <source>import needs exactly one file, e.g. kempt-cli import contacts.csv.</source>
        <translation>يحتاج الأمر import إلى ملف واحد بالضبط، مثل kempt-cli import contacts.csv.</translation>
    </message>
    <message>
        <source>--delimiter must be one character such as , ; | or the word tab.</source>
        <translation>يجب أن يكون --delimiter حرفًا واحدًا مثل , أو ; أو | أو الكلمة tab.</translation>
    </message>
    <message>
        <source>Dry run of %1: nothing was written.</source>
        <translation>تشغيل تجريبي لـ%1: لم تتم كتابة أي شيء.</translation>
    </message>
    <message>
        <source>Imported %1 into %2 as import %3; undo it with &quot;kempt-cli undo-import %3&quot;.</source>
        <translation>تم استيراد %1 إلى %2 بوصفه الاستيراد رقم %3؛ للتراجع عنه استخدم &quot;kempt-cli undo-import %3&quot;.</translation>
    </message>
    <message>
        <source>  rows read      %1</source>
        <translation>  الصفوف المقروءة   %1</translation>
    </message>
    <message>
        <source>  created        %1</source>
        <translation>  المُنشأة           %1</translation>
    </message>
    <message>
        <source>  rejected       %1</source>
        <translation>  المرفوضة          %1</translation>
    </message>
    <message>
        <source>  values fixed   %1</source>
        <translation>  القيم المُصلَحة     %1</translation>
    </message>
    <message>
        <source>Rows with issues after cleanup, by rule:</source>
        <translation>الصفوف التي بها مشكلات بعد التنظيف، حسب القاعدة:</translation>
    </message>
    <message>
        <source>  row %1 rejected: %2</source>
        <translation>  رُفض الصف %1: %2</translation>
    </message>
    <message>
        <source>The rejected rows are in %1.</source>
        <translation>الصفوف المرفوضة موجودة في %1.</translation>
    </message>
    <message>
        <source>List the imports, newest first, with what each one did</source>
        <translation>سرد عمليات الاستيراد، الأحدث أولًا، مع ما قامت به كل عملية</translation>
    </message>
    <message>
        <source>imports takes no arguments.</source>
        <translation>الأمر imports لا يقبل وسائط.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>لا توجد عمليات استيراد بعد.</translation>
    </message>
    <message>
        <source>List the merges of the workspace, newest first, with the ids &quot;unmerge&quot; takes</source>
        <translation>سرد عمليات الدمج في مساحة العمل، الأحدث أولًا، مع المعرّفات التي يقبلها الأمر &quot;unmerge&quot;</translation>
    </message>
    <message>
        <source>merges takes no arguments; name the workspace with --db FILE.</source>
        <translation>الأمر merges لا يقبل وسائط؛ حدّد مساحة العمل باستخدام --db FILE.</translation>
    </message>
    <message>
        <source>No merges yet.</source>
        <translation>لا توجد عمليات دمج بعد.</translation>
    </message>
    <message>
        <source>undone on %1</source>
        <translation>أُلغي في %1</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>قائم</translation>
    </message>
    <message>
        <source>Merge %1 on %2 by %3 (%4): kept %5 “%6”, merged %7</source>
        <translation>الدمج %1 في %2 بواسطة %3 (%4): أُبقي على %5 «%6»، ودُمج %7</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Take an import back exactly, even after later edits of other records (ids from &quot;kempt-cli imports&quot;)</source>
        <translation>التراجع عن استيراد بدقة، حتى بعد تعديلات لاحقة على سجلات أخرى (المعرّفات من &quot;kempt-cli imports&quot;)</translation>
    </message>
    <message>
        <source>undo-import needs the number of an import, e.g. kempt-cli undo-import 3 (see kempt-cli imports).</source>
        <translation>يحتاج الأمر undo-import إلى رقم استيراد، مثل kempt-cli undo-import 3 (راجع kempt-cli imports).</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: تم.</translation>
    </message>
    <message>
        <source>Take a merge back: the merged contacts return with their ids, fields and links (ids from &quot;merges&quot;)</source>
        <translation>التراجع عن دمج: تعود جهات الاتصال المدموجة بمعرّفاتها وحقولها وروابطها (المعرّفات من &quot;merges&quot;)</translation>
    </message>
    <message>
        <source>unmerge needs exactly one merge id, e.g. &quot;kempt-cli unmerge 3&quot;; &quot;kempt-cli merges&quot; lists them.</source>
        <translation>يحتاج الأمر unmerge إلى معرّف دمج واحد بالضبط، مثل &quot;kempt-cli unmerge 3&quot;؛ ويسرد الأمر &quot;kempt-cli merges&quot; المعرّفات.</translation>
    </message>
    <message>
        <source>“%1” is not a merge id; use a number from &quot;kempt-cli merges&quot;.</source>
        <translation>«%1» ليس معرّف دمج؛ استخدم رقمًا من &quot;kempt-cli merges&quot;.</translation>
    </message>
    <message>
        <source>Merge %1 undone: contacts %2 are back beside contact %3 (change %4).</source>
        <translation>أُلغي الدمج %1: عادت جهات الاتصال %2 إلى جانب جهة الاتصال %3 (التغيير %4).</translation>
    </message>
    <message numerus="yes">
        <source>Kept %Ln later edit(s):</source>
        <translation>
            <numerusform>أُبقي على %Ln تعديل لاحق:</numerusform>
            <numerusform>أُبقي على تعديل لاحق واحد:</numerusform>
            <numerusform>أُبقي على تعديلين لاحقين:</numerusform>
            <numerusform>أُبقي على %Ln تعديلات لاحقة:</numerusform>
            <numerusform>أُبقي على %Ln تعديلًا لاحقًا:</numerusform>
            <numerusform>أُبقي على %Ln تعديل لاحق:</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast: open deals by month of expected close</source>
        <translation>التوقعات: الصفقات المفتوحة حسب شهر الإغلاق المتوقع</translation>
    </message>
    <message>
        <source>Win rate: won against won and lost, by month of closing</source>
        <translation>معدل الفوز: الصفقات الرابحة مقابل الرابحة والخاسرة، حسب شهر الإغلاق</translation>
    </message>
    <message>
        <source>Sales cycle: days from creation to won, by month won</source>
        <translation>دورة المبيعات: عدد الأيام من الإنشاء حتى الفوز بالصفقة، حسب شهر الفوز</translation>
    </message>
    <message>
        <source>Time in stage: average days of a finished stay</source>
        <translation>الوقت في المرحلة: متوسط عدد الأيام لكل فترة بقاء منتهية</translation>
    </message>
    <message>
        <source>Won and lost deals by month of closing</source>
        <translation>الصفقات الرابحة والخاسرة حسب شهر الإغلاق</translation>
    </message>
    <message>
        <source>There is no pipeline &quot;%1&quot;: the workspace has no pipelines yet.</source>
        <translation>لا يوجد مسار مبيعات باسم &quot;%1&quot;: لا تحتوي مساحة العمل على مسارات مبيعات بعد.</translation>
    </message>
    <message>
        <source>There is no pipeline &quot;%1&quot;. Use one of: %2.</source>
        <translation>لا يوجد مسار مبيعات باسم &quot;%1&quot;. استخدم أحد المسارات: %2.</translation>
    </message>
    <message>
        <source>No deal has an owner, so there is no owner &quot;%1&quot; to report on.</source>
        <translation>لا توجد صفقة لها مالك، لذا لا يوجد مالك باسم &quot;%1&quot; لإعداد تقرير عنه.</translation>
    </message>
    <message>
        <source>No deal belongs to &quot;%1&quot;. Owners of deals: %2.</source>
        <translation>لا توجد صفقة تخص &quot;%1&quot;. مالكو الصفقات: %2.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD, e.g. 2025-01-31.</source>
        <translation>--%1: &quot;%2&quot; ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD، مثل 2025-01-31.</translation>
    </message>
    <message>
        <source>Print one deal report, or write it as CSV</source>
        <translation>طباعة تقرير صفقات واحد، أو كتابته بتنسيق CSV</translation>
    </message>
    <message>
        <source>deals report: only this pipeline (name or id).</source>
        <translation>deals report: مسار المبيعات هذا فقط (الاسم أو المعرّف).</translation>
    </message>
    <message>
        <source>deals report: only the deals of this owner.</source>
        <translation>deals report: صفقات هذا المالك فقط.</translation>
    </message>
    <message>
        <source>deals report: the period&apos;s first day (YYYY-MM-DD).</source>
        <translation>deals report: اليوم الأول من الفترة (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>deals report: the period&apos;s last day (YYYY-MM-DD).</source>
        <translation>deals report: اليوم الأخير من الفترة (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>deals report: sum the amounts of this currency (default: the workspace&apos;s).</source>
        <translation>deals report: جمع مبالغ هذه العملة (الافتراضي: عملة مساحة العمل).</translation>
    </message>
    <message>
        <source>deals report: write CSV to FILE, or &quot;-&quot; for standard output.</source>
        <translation>deals report: كتابة CSV إلى FILE، أو &quot;-&quot; للإخراج القياسي.</translation>
    </message>
    <message>
        <source>Name one report: kempt-cli deals report %1</source>
        <translation>حدّد تقريرًا واحدًا: kempt-cli deals report %1</translation>
    </message>
    <message>
        <source>--from %1 comes after --to %2; swap them.</source>
        <translation>--from %1 يأتي بعد --to %2؛ بدّل بينهما.</translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose another file name for the report.</source>
        <translation>%1 هو ملف مساحة العمل نفسه؛ اختر اسم ملف آخر للتقرير.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>كُتب التقرير إلى %1.</translation>
    </message>
    <message>
        <source>Nothing to report for these deals and dates.</source>
        <translation>لا يوجد ما يُعرض في التقرير لهذه الصفقات والتواريخ.</translation>
    </message>
    <message>
        <source>The mapping %1 cannot be read: %2.</source>
        <translation>تتعذّر قراءة تعيين الأعمدة %1: %2.</translation>
    </message>
    <message>
        <source>There is no saved mapping or mapping file &quot;%1&quot;, and no mapping is saved yet. Use --mapping auto, and --save-mapping NAME to keep one.</source>
        <translation>لا يوجد تعيين أعمدة محفوظ أو ملف تعيين باسم &quot;%1&quot;، ولم يُحفظ أي تعيين بعد. استخدم --mapping auto، و--save-mapping NAME للاحتفاظ بتعيين.</translation>
    </message>
    <message>
        <source>There is no saved mapping or mapping file &quot;%1&quot;. Saved mappings: %2.</source>
        <translation>لا يوجد تعيين أعمدة محفوظ أو ملف تعيين باسم &quot;%1&quot;. التعيينات المحفوظة: %2.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>علامة الجدولة</translation>
    </message>
    <message>
        <source>Import contacts from a CSV, XLSX, ODS or vCard file, cleaned by the style guide, as one change that can be undone</source>
        <translation>استيراد جهات الاتصال من ملف CSV أو XLSX أو ODS أو vCard، بعد تنظيفها وفق دليل الأسلوب، كتغيير واحد يمكن التراجع عنه</translation>
    </message>
    <message>
        <source>The encoding of a text file, such as UTF-8, windows-1251 or KOI8-R (default: detected).</source>
        <translation>ترميز الملف النصي، مثل UTF-8 أو windows-1251 أو KOI8-R (الافتراضي: يُكتشف تلقائيًا).</translation>
    </message>
    <message>
        <source>The delimiter of a text file: , ; | or tab (default: detected).</source>
        <translation>فاصل الملف النصي: , أو ; أو | أو tab (الافتراضي: يُكتشف تلقائيًا).</translation>
    </message>
    <message>
        <source>The quote character of a text file: &quot; or &apos; (default: detected).</source>
        <translation>حرف التنصيص في الملف النصي: &quot; أو &apos; (الافتراضي: يُكتشف تلقائيًا).</translation>
    </message>
    <message>
        <source>Which row holds the headers, counting rows with values (default: detected; 0: none).</source>
        <translation>الصف الذي يحتوي على رؤوس الأعمدة، بعدّ الصفوف ذات القيم فقط (الافتراضي: يُكتشف تلقائيًا؛ 0: لا يوجد).</translation>
    </message>
    <message>
        <source>&quot;auto&quot; (default), the name of a saved mapping, or a JSON file with the column mapping.</source>
        <translation>&quot;auto&quot; (الافتراضي)، أو اسم تعيين أعمدة محفوظ، أو ملف JSON يحتوي على تعيين الأعمدة.</translation>
    </message>
    <message>
        <source>Save the mapping used under this name, for files with the same headers.</source>
        <translation>حفظ تعيين الأعمدة المستخدم بهذا الاسم، للملفات ذات رؤوس الأعمدة نفسها.</translation>
    </message>
    <message>
        <source>Look for duplicates in the file and in the workspace, and do this with every group: create (default, no search), skip, update (fill empty fields), overwrite, or merge.</source>
        <translation>البحث عن التكرارات في الملف وفي مساحة العمل، وتطبيق أحد الإجراءات التالية على كل مجموعة: create (الافتراضي، دون بحث)، أو skip، أو update (ملء الحقول الفارغة)، أو overwrite، أو merge.</translation>
    </message>
    <message>
        <source>--quote must be &quot; or &apos;.</source>
        <translation>يجب أن يكون --quote &quot; أو &apos;.</translation>
    </message>
    <message>
        <source>--header-row needs a number (1 for the first row with values, 0 for no header) or auto.</source>
        <translation>يحتاج --header-row إلى رقم (1 لأول صف يحتوي على قيم، و0 لعدم وجود صف رؤوس أعمدة) أو auto.</translation>
    </message>
    <message>
        <source>--on-duplicate must be one of: %1.</source>
        <translation>يجب أن يكون --on-duplicate أحد الخيارات التالية: %1.</translation>
    </message>
    <message>
        <source>Save mapping %1</source>
        <translation>حفظ تعيين الأعمدة %1</translation>
    </message>
    <message>
        <source>The import is done (import %1), but the mapping was not saved: %2</source>
        <translation>اكتمل الاستيراد (الاستيراد رقم %1)، لكن لم يُحفظ تعيين الأعمدة: %2</translation>
    </message>
    <message>
        <source>  read as %1 text, delimiter %2, quote %3, headers in row %4</source>
        <translation>  قُرئ كنص %1، الفاصل %2، علامة التنصيص %3، رؤوس الأعمدة في الصف %4</translation>
    </message>
    <message>
        <source>  updated        %1</source>
        <translation>  المُحدَّثة          %1</translation>
    </message>
    <message>
        <source>  merged         %1</source>
        <translation>  المدموجة          %1</translation>
    </message>
    <message>
        <source>  skipped        %1</source>
        <translation>  المتخطاة          %1</translation>
    </message>
    <message>
        <source>Groups of duplicates: %1</source>
        <translation>مجموعات التكرار: %1</translation>
    </message>
    <message>
        <source>Saved mappings made for these headers: %1 (use --mapping NAME).</source>
        <translation>تعيينات الأعمدة المحفوظة لرؤوس الأعمدة هذه: %1 (استخدم --mapping NAME).</translation>
    </message>
    <message>
        <source>The mapping was saved as &quot;%1&quot;.</source>
        <translation>حُفظ تعيين الأعمدة باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4: %5 created, %6 updated, %7 merged, %8 skipped, %9 rejected</source>
        <translation>%1  %2  %3  %4: المُنشأة: %5، المُحدَّثة: %6، المدموجة: %7، المتخطاة: %8، المرفوضة: %9</translation>
    </message>
    <message>
        <source>List the saved column mappings of imports, or delete one</source>
        <translation>سرد تعيينات الأعمدة المحفوظة لعمليات الاستيراد، أو حذف أحدها</translation>
    </message>
    <message>
        <source>Delete the saved mapping of this name.</source>
        <translation>حذف تعيين الأعمدة المحفوظ بهذا الاسم.</translation>
    </message>
    <message>
        <source>mappings takes no arguments; give the name to delete with --delete NAME.</source>
        <translation>الأمر mappings لا يقبل وسائط؛ حدّد الاسم المراد حذفه باستخدام --delete NAME.</translation>
    </message>
    <message>
        <source>Delete mapping %1</source>
        <translation>حذف تعيين الأعمدة %1</translation>
    </message>
    <message>
        <source>The mapping &quot;%1&quot; was deleted.</source>
        <translation>حُذف تعيين الأعمدة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No saved mappings yet; save one with kempt-cli import FILE --save-mapping NAME.</source>
        <translation>لا توجد تعيينات أعمدة محفوظة بعد؛ احفظ واحدًا باستخدام kempt-cli import FILE --save-mapping NAME.</translation>
    </message>
    <message>
        <source>%1  (%2 columns, saved %3): %4</source>
        <translation>%1  (الأعمدة: %2، حُفظ في %3): %4</translation>
    </message>
    <message>
        <source>Uniqueness counts %1 contacts in %2 duplicate groups of the last scan; %3 groups (%4 contacts) wait for review in Duplicates.</source>
        <translation>يحسب التفرّد %1 جهة اتصال في %2 مجموعة تكرار من آخر فحص؛ %3 مجموعة (%4 جهة اتصال) بانتظار المراجعة في التكرارات.</translation>
    </message>
    <message>
        <source>Uniqueness counts %1 contacts sharing an e-mail address or phone number with another; &quot;kempt-cli dedupe&quot; finds the real duplicate groups.</source>
        <translation>يحسب التفرّد %1 جهة اتصال تشترك مع غيرها في بريد إلكتروني أو رقم هاتف؛ يجد &quot;kempt-cli dedupe&quot; مجموعات التكرار الحقيقية.</translation>
    </message>
    <message>
        <source>The groups are kept in the workspace for the Duplicates section and the audit&apos;s uniqueness score.</source>
        <translation>تُحفظ المجموعات في مساحة العمل لقسم التكرارات ولدرجة التفرّد في التدقيق.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Save style guide</source>
        <translation>حفظ دليل الأسلوب</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>تسجيل مكالمة</translation>
    </message>
    <message>
        <source>Log call %1</source>
        <translation>تسجيل المكالمة %1</translation>
    </message>
    <message>
        <source>Log email</source>
        <translation>تسجيل بريد إلكتروني</translation>
    </message>
    <message>
        <source>Log email %1</source>
        <translation>تسجيل البريد الإلكتروني %1</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>تسجيل اجتماع</translation>
    </message>
    <message>
        <source>Log meeting %1</source>
        <translation>تسجيل الاجتماع %1</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>إضافة المهمة %1</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Apply the style guide&apos;s fixes</source>
        <translation>تطبيق إصلاحات دليل الأسلوب</translation>
    </message>
    <message>
        <source>Apply the fixes of rule %1</source>
        <translation>تطبيق إصلاحات القاعدة %1</translation>
    </message>
    <message>
        <source>Create company %1</source>
        <translation>إنشاء الشركة %1</translation>
    </message>
    <message>
        <source>Create contact %1</source>
        <translation>إنشاء جهة الاتصال %1</translation>
    </message>
    <message>
        <source>Add company field %1</source>
        <translation>إضافة حقل الشركة %1</translation>
    </message>
    <message>
        <source>Add deal field %1</source>
        <translation>إضافة حقل الصفقة %1</translation>
    </message>
    <message>
        <source>Add contact field %1</source>
        <translation>إضافة حقل جهة الاتصال %1</translation>
    </message>
    <message>
        <source>Create tag %1</source>
        <translation>إنشاء الوسم %1</translation>
    </message>
    <message>
        <source>Delete call %1</source>
        <translation>حذف المكالمة %1</translation>
    </message>
    <message>
        <source>Delete email %1</source>
        <translation>حذف البريد الإلكتروني %1</translation>
    </message>
    <message>
        <source>Delete meeting %1</source>
        <translation>حذف الاجتماع %1</translation>
    </message>
    <message>
        <source>Delete task %1</source>
        <translation>حذف المهمة %1</translation>
    </message>
    <message>
        <source>Delete company field %1</source>
        <translation>حذف حقل الشركة %1</translation>
    </message>
    <message>
        <source>Delete deal field %1</source>
        <translation>حذف حقل الصفقة %1</translation>
    </message>
    <message>
        <source>Delete contact field %1</source>
        <translation>حذف حقل جهة الاتصال %1</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>حذف الملاحظة</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln records to the trash</source>
        <translation>
            <numerusform>نقل %Ln سجل إلى سلة المهملات</numerusform>
            <numerusform>نقل سجل واحد إلى سلة المهملات</numerusform>
            <numerusform>نقل سجلين إلى سلة المهملات</numerusform>
            <numerusform>نقل %Ln سجلات إلى سلة المهملات</numerusform>
            <numerusform>نقل %Ln سجلًا إلى سلة المهملات</numerusform>
            <numerusform>نقل %Ln سجل إلى سلة المهملات</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete tag %1</source>
        <translation>حذف الوسم %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln tags</source>
        <translation>
            <numerusform>حذف %Ln وسم</numerusform>
            <numerusform>حذف وسم واحد</numerusform>
            <numerusform>حذف وسمين</numerusform>
            <numerusform>حذف %Ln وسوم</numerusform>
            <numerusform>حذف %Ln وسمًا</numerusform>
            <numerusform>حذف %Ln وسم</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete view %1</source>
        <translation>حذف طريقة العرض %1</translation>
    </message>
    <message>
        <source>Mark %1 as done</source>
        <translation>تعليم %1 كمكتملة</translation>
    </message>
    <message>
        <source>Mark %1 as not done</source>
        <translation>تعليم %1 كغير مكتملة</translation>
    </message>
    <message>
        <source>Edit call %1</source>
        <translation>تعديل المكالمة %1</translation>
    </message>
    <message>
        <source>Edit email %1</source>
        <translation>تعديل البريد الإلكتروني %1</translation>
    </message>
    <message>
        <source>Edit meeting %1</source>
        <translation>تعديل الاجتماع %1</translation>
    </message>
    <message>
        <source>Edit task %1</source>
        <translation>تعديل المهمة %1</translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation>تعديل الشركة %1</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>تعديل جهة الاتصال %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <source>Merge tag %1 into %2</source>
        <translation>دمج الوسم %1 في %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln records for good</source>
        <translation>
            <numerusform>حذف %Ln سجل نهائيًا</numerusform>
            <numerusform>حذف سجل واحد نهائيًا</numerusform>
            <numerusform>حذف سجلين نهائيًا</numerusform>
            <numerusform>حذف %Ln سجلات نهائيًا</numerusform>
            <numerusform>حذف %Ln سجلًا نهائيًا</numerusform>
            <numerusform>حذف %Ln سجل نهائيًا</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove unused tags</source>
        <translation>إزالة الوسوم غير المستخدمة</translation>
    </message>
    <message>
        <source>Rename tag %1 to %2</source>
        <translation>إعادة تسمية الوسم %1 إلى %2</translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln records from the trash</source>
        <translation>
            <numerusform>استعادة %Ln سجل من سلة المهملات</numerusform>
            <numerusform>استعادة سجل واحد من سلة المهملات</numerusform>
            <numerusform>استعادة سجلين من سلة المهملات</numerusform>
            <numerusform>استعادة %Ln سجلات من سلة المهملات</numerusform>
            <numerusform>استعادة %Ln سجلًا من سلة المهملات</numerusform>
            <numerusform>استعادة %Ln سجل من سلة المهملات</numerusform>
        </translation>
    </message>
    <message>
        <source>Save view %1</source>
        <translation>حفظ طريقة العرض %1</translation>
    </message>
    <message>
        <source>Tag 1 company with %1</source>
        <translation>إضافة الوسم %1 إلى شركة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln companies with %1</source>
        <translation>
            <numerusform>إضافة الوسم %1 إلى %Ln شركة</numerusform>
            <numerusform>إضافة الوسم %1 إلى شركة واحدة</numerusform>
            <numerusform>إضافة الوسم %1 إلى شركتين</numerusform>
            <numerusform>إضافة الوسم %1 إلى %Ln شركات</numerusform>
            <numerusform>إضافة الوسم %1 إلى %Ln شركة</numerusform>
            <numerusform>إضافة الوسم %1 إلى %Ln شركة</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag 1 contact with %1</source>
        <translation>إضافة الوسم %1 إلى جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln contacts with %1</source>
        <translation>
            <numerusform>إضافة الوسم %1 إلى %Ln جهة اتصال</numerusform>
            <numerusform>إضافة الوسم %1 إلى جهة اتصال واحدة</numerusform>
            <numerusform>إضافة الوسم %1 إلى جهتي اتصال</numerusform>
            <numerusform>إضافة الوسم %1 إلى %Ln جهات اتصال</numerusform>
            <numerusform>إضافة الوسم %1 إلى %Ln جهة اتصال</numerusform>
            <numerusform>إضافة الوسم %1 إلى %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from 1 company</source>
        <translation>إزالة %1 من شركة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %Ln companies</source>
        <translation>
            <numerusform>إزالة %1 من %Ln شركة</numerusform>
            <numerusform>إزالة %1 من شركة واحدة</numerusform>
            <numerusform>إزالة %1 من شركتين</numerusform>
            <numerusform>إزالة %1 من %Ln شركات</numerusform>
            <numerusform>إزالة %1 من %Ln شركة</numerusform>
            <numerusform>إزالة %1 من %Ln شركة</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from 1 contact</source>
        <translation>إزالة %1 من جهة اتصال واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %Ln contacts</source>
        <translation>
            <numerusform>إزالة %1 من %Ln جهة اتصال</numerusform>
            <numerusform>إزالة %1 من جهة اتصال واحدة</numerusform>
            <numerusform>إزالة %1 من جهتي اتصال</numerusform>
            <numerusform>إزالة %1 من %Ln جهات اتصال</numerusform>
            <numerusform>إزالة %1 من %Ln جهة اتصال</numerusform>
            <numerusform>إزالة %1 من %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 on %Ln records</source>
        <translation>
            <numerusform>تعيين %1 في %Ln سجل</numerusform>
            <numerusform>تعيين %1 في سجل واحد</numerusform>
            <numerusform>تعيين %1 في سجلين</numerusform>
            <numerusform>تعيين %1 في %Ln سجلات</numerusform>
            <numerusform>تعيين %1 في %Ln سجلًا</numerusform>
            <numerusform>تعيين %1 في %Ln سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>Add stage %1</source>
        <translation>إضافة المرحلة %1</translation>
    </message>
    <message>
        <source>Create deal %1</source>
        <translation>إنشاء الصفقة %1</translation>
    </message>
    <message>
        <source>Create pipeline %1</source>
        <translation>إنشاء مسار المبيعات %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln deal(s) to the trash</source>
        <translation>
            <numerusform>نقل %Ln صفقة إلى سلة المهملات</numerusform>
            <numerusform>نقل صفقة واحدة إلى سلة المهملات</numerusform>
            <numerusform>نقل صفقتين إلى سلة المهملات</numerusform>
            <numerusform>نقل %Ln صفقات إلى سلة المهملات</numerusform>
            <numerusform>نقل %Ln صفقة إلى سلة المهملات</numerusform>
            <numerusform>نقل %Ln صفقة إلى سلة المهملات</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation>حذف مسار المبيعات</translation>
    </message>
    <message>
        <source>Edit deal %1</source>
        <translation>تعديل الصفقة %1</translation>
    </message>
    <message>
        <source>Edit stage %1</source>
        <translation>تعديل المرحلة %1</translation>
    </message>
    <message numerus="yes">
        <source>Lose %Ln deal(s)</source>
        <translation>
            <numerusform>تعليم %Ln صفقة كخاسرة</numerusform>
            <numerusform>تعليم صفقة واحدة كخاسرة</numerusform>
            <numerusform>تعليم صفقتين كخاسرتين</numerusform>
            <numerusform>تعليم %Ln صفقات كخاسرة</numerusform>
            <numerusform>تعليم %Ln صفقة كخاسرة</numerusform>
            <numerusform>تعليم %Ln صفقة كخاسرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln records as not duplicates</source>
        <translation>
            <numerusform>تعليم %Ln سجل على أنها غير مكررة</numerusform>
            <numerusform>تعليم سجل واحد على أنه غير مكرر</numerusform>
            <numerusform>تعليم سجلين على أنهما غير مكررين</numerusform>
            <numerusform>تعليم %Ln سجلات على أنها غير مكررة</numerusform>
            <numerusform>تعليم %Ln سجلًا على أنها غير مكررة</numerusform>
            <numerusform>تعليم %Ln سجل على أنها غير مكررة</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 does not exist (it may have been deleted for good); choose the records of the group again.</source>
        <translation>السجل %1 غير موجود (ربما حُذف نهائيًا)؛ اختر سجلات المجموعة مرة أخرى.</translation>
    </message>
    <message>
        <source>“Not a duplicate” needs at least two different records.</source>
        <translation>«ليس مكررًا» يحتاج إلى سجلين مختلفين على الأقل.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln contacts</source>
        <translation>
            <numerusform>دمج %Ln جهة اتصال</numerusform>
            <numerusform>دمج جهة اتصال واحدة</numerusform>
            <numerusform>دمج جهتي اتصال</numerusform>
            <numerusform>دمج %Ln جهات اتصال</numerusform>
            <numerusform>دمج %Ln جهة اتصال</numerusform>
            <numerusform>دمج %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln deal(s)</source>
        <translation>
            <numerusform>نقل %Ln صفقة</numerusform>
            <numerusform>نقل صفقة واحدة</numerusform>
            <numerusform>نقل صفقتين</numerusform>
            <numerusform>نقل %Ln صفقات</numerusform>
            <numerusform>نقل %Ln صفقة</numerusform>
            <numerusform>نقل %Ln صفقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>إعادة ترتيب المراحل</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>إزالة المرحلة</translation>
    </message>
    <message>
        <source>Rename pipeline to %1</source>
        <translation>إعادة تسمية مسار المبيعات إلى %1</translation>
    </message>
    <message>
        <source>Rename stage to %1</source>
        <translation>إعادة تسمية المرحلة إلى %1</translation>
    </message>
    <message>
        <source>The stage no longer exists; it may have been removed.</source>
        <translation>لم تعد المرحلة موجودة؛ ربما أُزيلت.</translation>
    </message>
    <message numerus="yes">
        <source>Reopen %Ln deal(s)</source>
        <translation>
            <numerusform>إعادة فتح %Ln صفقة</numerusform>
            <numerusform>إعادة فتح صفقة واحدة</numerusform>
            <numerusform>إعادة فتح صفقتين</numerusform>
            <numerusform>إعادة فتح %Ln صفقات</numerusform>
            <numerusform>إعادة فتح %Ln صفقة</numerusform>
            <numerusform>إعادة فتح %Ln صفقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmerge merge %1</source>
        <translation>إلغاء الدمج %1</translation>
    </message>
    <message numerus="yes">
        <source>Win %Ln deal(s)</source>
        <translation>
            <numerusform>تعليم %Ln صفقة كرابحة</numerusform>
            <numerusform>تعليم صفقة واحدة كرابحة</numerusform>
            <numerusform>تعليم صفقتين كرابحتين</numerusform>
            <numerusform>تعليم %Ln صفقات كرابحة</numerusform>
            <numerusform>تعليم %Ln صفقة كرابحة</numerusform>
            <numerusform>تعليم %Ln صفقة كرابحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete mapping %1</source>
        <translation>حذف تعيين الأعمدة %1</translation>
    </message>
    <message>
        <source>Save mapping %1</source>
        <translation>حفظ تعيين الأعمدة %1</translation>
    </message>
    <message>
        <source>Skip the duplicates of %1</source>
        <translation>تخطي تكرارات %1</translation>
    </message>
</context>
<context>
    <name>CompanyNormalizer</name>
    <message>
        <source>The company name holds only spaces or invisible characters; it is stored empty.</source>
        <translation>اسم الشركة لا يحتوي إلا على مسافات أو أحرف غير مرئية؛ لذا يُخزَّن فارغًا.</translation>
    </message>
    <message>
        <source>“%1” has no letters or digits; enter the company&apos;s name.</source>
        <translation>«%1» لا يحتوي على أحرف أو أرقام؛ أدخل اسم الشركة.</translation>
    </message>
    <message>
        <source>“%1” is only a legal form; enter the company&apos;s name as well.</source>
        <translation>«%1» مجرد شكل قانوني؛ أدخل اسم الشركة أيضًا.</translation>
    </message>
    <message>
        <source>invisible characters removed</source>
        <translation>أُزيلت الأحرف غير المرئية</translation>
    </message>
    <message>
        <source>spacing tidied</source>
        <translation>رُتّبت المسافات</translation>
    </message>
    <message>
        <source>capitalisation follows the style guide</source>
        <translation>حالة الأحرف وفق دليل الأسلوب</translation>
    </message>
    <message>
        <source>legal form written “%1”</source>
        <translation>كُتب الشكل القانوني «%1»</translation>
    </message>
    <message>
        <source>Stored as “%1”: %2.</source>
        <translation>خُزّن بالشكل «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>CountryNormalizer</name>
    <message>
        <source>The country holds only spaces or invisible characters; it is stored empty.</source>
        <translation>حقل البلد لا يحتوي إلا على مسافات أو أحرف غير مرئية؛ لذا يُخزَّن فارغًا.</translation>
    </message>
    <message>
        <source>“%1” is not a country Kempt knows; use a name or ISO code such as DE.</source>
        <translation>«%1» ليس بلدًا يعرفه Kempt؛ استخدم اسمًا أو رمز ISO مثل DE.</translation>
    </message>
    <message>
        <source>“%1” could mean %2; use the ISO code of the one you mean.</source>
        <translation>قد يعني «%1» %2؛ استخدم رمز ISO للبلد المقصود.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>“%1” is stored as the ISO code %2 (%3).</source>
        <translation>يُخزَّن «%1» بالرمز %2 وفق ISO (%3).</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1 holds bytes that are not valid %2 text, so the file mixes encodings (a part saved by another program). Save the whole file in one encoding, such as UTF-8, or choose the encoding that fits that part.</source>
        <translation>يحتوي السطر %1 على بايتات ليست نصًا صالحًا بترميز %2، لذا يخلط الملف بين الترميزات (جزء منه حفظه برنامج آخر). احفظ الملف كله بترميز واحد، مثل UTF-8، أو اختر الترميز المناسب لذلك الجزء.</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed. Add the closing quote (%2) or remove the opening one.</source>
        <translation>السطر %1: خلية بين علامتي تنصيص لم تُغلق أبدًا. أضف علامة التنصيص الختامية (%2) أو احذف الافتتاحية.</translation>
    </message>
</context>
<context>
    <name>CustomFieldStore</name>
    <message>
        <source>A custom field needs a label. Type one, such as &quot;Contract number&quot;.</source>
        <translation>يحتاج الحقل المخصص إلى تسمية. اكتب واحدة، مثل &quot;رقم العقد&quot;.</translation>
    </message>
    <message>
        <source>There is already a %1 field labelled &quot;%2&quot;. Choose another label.</source>
        <translation>يوجد بالفعل حقل %1 بالتسمية &quot;%2&quot;. اختر تسمية أخرى.</translation>
    </message>
    <message>
        <source>The choice field &quot;%1&quot; needs at least one choice. Add the values people may pick.</source>
        <translation>حقل الاختيار &quot;%1&quot; يحتاج إلى خيار واحد على الأقل. أضف القيم التي يمكن للمستخدمين اختيارها.</translation>
    </message>
    <message>
        <source>The custom field no longer exists. Refresh the list and try again.</source>
        <translation>لم يعد الحقل المخصص موجودًا. حدّث القائمة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 needs a number, such as 42 or 3.5; &quot;%2&quot; is not a number.</source>
        <translation>يحتاج %1 إلى رقم، مثل 42 أو 3.5؛ و&quot;%2&quot; ليس رقمًا.</translation>
    </message>
    <message>
        <source>%1 needs a date written as year-month-day, such as 2024-03-31; &quot;%2&quot; is not one.</source>
        <translation>يحتاج %1 إلى تاريخ بصيغة سنة-شهر-يوم، مثل 2024-03-31؛ و&quot;%2&quot; ليس كذلك.</translation>
    </message>
    <message>
        <source>%1 must be one of %2; &quot;%3&quot; is not. Pick one of them, or add it to the field&apos;s choices.</source>
        <translation>يجب أن يكون %1 إحدى القيم %2؛ و&quot;%3&quot; ليست منها. اختر إحداها، أو أضفها إلى خيارات الحقل.</translation>
    </message>
    <message>
        <source>%1 is a check box, so it takes yes or no (or true/false, 1/0); &quot;%2&quot; is neither.</source>
        <translation>%1 مربع اختيار، لذا يقبل yes أو no (أو true/false، 1/0)؛ و&quot;%2&quot; ليس أيًّا منها.</translation>
    </message>
</context>
<context>
    <name>DateNormalizer</name>
    <message>
        <source>The date holds only spaces or invisible characters; it is stored empty.</source>
        <translation>حقل التاريخ لا يحتوي إلا على مسافات أو أحرف غير مرئية؛ لذا يُخزَّن فارغًا.</translation>
    </message>
    <message>
        <source>“%1” is not a date Kempt can read; write it as year-month-day, e.g. 2024-03-31.</source>
        <translation>«%1» ليس تاريخًا يستطيع Kempt قراءته؛ اكتبه بصيغة سنة-شهر-يوم، مثل 2024-03-31.</translation>
    </message>
    <message>
        <source>the two-digit year is read as %1</source>
        <translation>قُرئت السنة المكتوبة برقمين على أنها %1</translation>
    </message>
    <message>
        <source>“%1” could be %2 (day first) or %3 (month first); set the column&apos;s date order or write it as year-month-day.</source>
        <translation>قد يكون «%1» هو %2 (اليوم أولًا) أو %3 (الشهر أولًا)؛ حدّد ترتيب التاريخ للعمود أو اكتبه بصيغة سنة-شهر-يوم.</translation>
    </message>
    <message>
        <source>read day first, as dotted dates are</source>
        <translation>قُرئ اليوم أولًا، كما في التواريخ المفصولة بنقاط</translation>
    </message>
    <message>
        <source>read day first</source>
        <translation>قُرئ اليوم أولًا</translation>
    </message>
    <message>
        <source>read month first</source>
        <translation>قُرئ الشهر أولًا</translation>
    </message>
    <message>
        <source>“%1” has no month %2 when read %3; written the other way round it is %4.</source>
        <translation>لا يوجد في «%1» شهر رقمه %2 عند قراءته بترتيب %3؛ وبالترتيب المعاكس يكون %4.</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>اليوم أولًا</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>الشهر أولًا</translation>
    </message>
    <message>
        <source>converted from the Persian (Solar Hijri) calendar</source>
        <translation>حُوّل من التقويم الهجري الشمسي</translation>
    </message>
    <message>
        <source>“%1” has the year %2; Kempt stores dates of the Gregorian calendar, so convert dates from other calendars first.</source>
        <translation>السنة في «%1» هي %2؛ يخزّن Kempt التواريخ بالتقويم الميلادي، لذا حوّل التواريخ من التقاويم الأخرى أولًا.</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>«%1» ليس تاريخًا: لا يوجد شهر رقمه %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date: month %2 of %3 has no day %4.</source>
        <translation>«%1» ليس تاريخًا: الشهر %2 من عام %3 لا يحتوي على اليوم %4.</translation>
    </message>
    <message>
        <source>the time of day is dropped</source>
        <translation>حُذف الوقت</translation>
    </message>
    <message>
        <source>Stored as %1 (year-month-day).</source>
        <translation>خُزّن بالشكل %1 (سنة-شهر-يوم).</translation>
    </message>
    <message>
        <source>Stored as %1: %2.</source>
        <translation>خُزّن بالشكل %1: %2.</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <source>Closes %1</source>
        <translation>تُغلق في %1</translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>بلا تاريخ إغلاق</translation>
    </message>
    <message>
        <source>1 day in stage</source>
        <translation>يوم واحد في المرحلة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days in stage</source>
        <translation>
            <numerusform>%Ln يوم في المرحلة</numerusform>
            <numerusform>يوم واحد في المرحلة</numerusform>
            <numerusform>يومان في المرحلة</numerusform>
            <numerusform>%Ln أيام في المرحلة</numerusform>
            <numerusform>%Ln يومًا في المرحلة</numerusform>
            <numerusform>%Ln يوم في المرحلة</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealFieldWriter</name>
    <message>
        <source>&quot;%1&quot; is not an amount. Type the value as a number such as 1250.50; it cannot be negative.</source>
        <translation>&quot;%1&quot; ليس مبلغًا. اكتب القيمة كرقم مثل 1250.50؛ ولا يمكن أن تكون سالبة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency. Use a three-letter ISO 4217 code such as EUR, USD or JPY.</source>
        <translation>&quot;%1&quot; ليس عملة. استخدم رمز ISO 4217 من ثلاثة أحرف مثل EUR أو USD أو JPY.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a probability. Type a percentage from 0 to 100, or leave it empty for the stage&apos;s default.</source>
        <translation>&quot;%1&quot; ليس احتمالًا. اكتب نسبة مئوية من 0 إلى 100، أو اتركه فارغًا لاستخدام القيمة الافتراضية للمرحلة.</translation>
    </message>
    <message>
        <source>A deal is always in a stage. Type the name of a stage of its pipeline.</source>
        <translation>تكون الصفقة دائمًا في مرحلة ما. اكتب اسم مرحلة من مسار المبيعات الخاص بها.</translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot; of deal &quot;%2&quot; has no stage called &quot;%3&quot;. Type one of its stages.</source>
        <translation>لا يحتوي مسار المبيعات &quot;%1&quot; الخاص بالصفقة &quot;%2&quot; على مرحلة باسم &quot;%3&quot;. اكتب إحدى مراحله.</translation>
    </message>
</context>
<context>
    <name>DealReportContent</name>
    <message>
        <source>Forecast: weighted value by expected close month</source>
        <translation>التوقعات: القيمة المرجّحة حسب شهر الإغلاق المتوقع</translation>
    </message>
    <message>
        <source>No open deal is expected to close in this period. Choose another period, pipeline or owner.</source>
        <translation>لا يُتوقع إغلاق أي صفقة مفتوحة في هذه الفترة. اختر فترة أو مسار مبيعات أو مالكًا آخر.</translation>
    </message>
    <message>
        <source>No open deal has an expected close date yet. Give your open deals an expected close date to see what they are worth month by month.</source>
        <translation>لا توجد صفقة مفتوحة لها تاريخ إغلاق متوقع بعد. حدّد تاريخ إغلاق متوقعًا لصفقاتك المفتوحة لترى قيمتها شهرًا بشهر.</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>القيمة الإجمالية</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>القيمة المرجّحة</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>الصفقات المفتوحة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>weighted value of the one open deal expected to close, out of %1 in total</source>
        <translation>القيمة المرجّحة للصفقة المفتوحة الوحيدة المتوقع إغلاقها، من إجمالي %1</translation>
    </message>
    <message numerus="yes">
        <source>weighted value of %Ln open deals expected to close, out of %1 in total</source>
        <translation>
            <numerusform>القيمة المرجّحة لـ%Ln صفقة مفتوحة متوقع إغلاقها، من إجمالي %1</numerusform>
            <numerusform>القيمة المرجّحة لصفقة مفتوحة واحدة متوقع إغلاقها، من إجمالي %1</numerusform>
            <numerusform>القيمة المرجّحة لصفقتين مفتوحتين متوقع إغلاقهما، من إجمالي %1</numerusform>
            <numerusform>القيمة المرجّحة لـ%Ln صفقات مفتوحة متوقع إغلاقها، من إجمالي %1</numerusform>
            <numerusform>القيمة المرجّحة لـ%Ln صفقة مفتوحة متوقع إغلاقها، من إجمالي %1</numerusform>
            <numerusform>القيمة المرجّحة لـ%Ln صفقة مفتوحة متوقع إغلاقها، من إجمالي %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Win rate by month of closing</source>
        <translation>معدل الفوز حسب شهر الإغلاق</translation>
    </message>
    <message>
        <source>No won or lost deals in this period. Choose another period, pipeline or owner.</source>
        <translation>لا توجد صفقات رابحة أو خاسرة في هذه الفترة. اختر فترة أو مسار مبيعات أو مالكًا آخر.</translation>
    </message>
    <message>
        <source>No won or lost deals yet. Mark deals as won or lost and the win rate appears here.</source>
        <translation>لا توجد صفقات رابحة أو خاسرة بعد. علّم الصفقات كرابحة أو خاسرة ليظهر معدل الفوز هنا.</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>معدل الفوز</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>رابحة</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>خاسرة</translation>
    </message>
    <message>
        <source>%1 won and %2 lost; %3 of the closed value was won</source>
        <translation>الرابحة: %1، والخاسرة: %2؛ رُبح %3 من قيمة الصفقات المغلقة</translation>
    </message>
    <message>
        <source>Sales cycle: average days from creation to won, by month won</source>
        <translation>دورة المبيعات: متوسط عدد الأيام من الإنشاء حتى الفوز بالصفقة، حسب شهر الفوز</translation>
    </message>
    <message>
        <source>No deal was won in this period. Choose another period, pipeline or owner.</source>
        <translation>لم يتم الفوز بأي صفقة في هذه الفترة. اختر فترة أو مسار مبيعات أو مالكًا آخر.</translation>
    </message>
    <message>
        <source>No won deals yet. The sales cycle runs from the day a deal is created to the day it is won.</source>
        <translation>لا توجد صفقات رابحة بعد. تمتد دورة المبيعات من يوم إنشاء الصفقة حتى يوم الفوز بها.</translation>
    </message>
    <message>
        <source>Average days to win</source>
        <translation>متوسط عدد الأيام حتى الفوز</translation>
    </message>
    <message>
        <source>Month won</source>
        <translation>شهر الفوز</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>الصفقات الرابحة</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>متوسط عدد الأيام</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 يوم</translation>
    </message>
    <message>
        <source>from creation to won, for the one won deal</source>
        <translation>من الإنشاء حتى الفوز، للصفقة الرابحة الوحيدة</translation>
    </message>
    <message numerus="yes">
        <source>on average from creation to won, over %Ln won deals</source>
        <translation>
            <numerusform>في المتوسط من الإنشاء حتى الفوز، على مدى %Ln صفقة رابحة</numerusform>
            <numerusform>في المتوسط من الإنشاء حتى الفوز، على مدى صفقة رابحة واحدة</numerusform>
            <numerusform>في المتوسط من الإنشاء حتى الفوز، على مدى صفقتين رابحتين</numerusform>
            <numerusform>في المتوسط من الإنشاء حتى الفوز، على مدى %Ln صفقات رابحة</numerusform>
            <numerusform>في المتوسط من الإنشاء حتى الفوز، على مدى %Ln صفقة رابحة</numerusform>
            <numerusform>في المتوسط من الإنشاء حتى الفوز، على مدى %Ln صفقة رابحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Average time in each stage</source>
        <translation>متوسط الوقت في كل مرحلة</translation>
    </message>
    <message>
        <source>No deal left a stage in this period. Choose another period, pipeline or owner.</source>
        <translation>لم تغادر أي صفقة مرحلةً في هذه الفترة. اختر فترة أو مسار مبيعات أو مالكًا آخر.</translation>
    </message>
    <message>
        <source>No deal has left a stage yet. The time in a stage is measured when a deal moves on, is won or is lost.</source>
        <translation>لم تغادر أي صفقة مرحلةً بعد. يُقاس الوقت في المرحلة عندما تنتقل الصفقة إلى مرحلة أخرى أو تُربح أو تُخسر.</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>متوسط عدد الأيام في المرحلة</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Finished stays</source>
        <translation>فترات البقاء المنتهية</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>the longest average stay, in %1</source>
        <translation>أطول متوسط بقاء، في %1</translation>
    </message>
    <message>
        <source>Won and lost deals by month of closing</source>
        <translation>الصفقات الرابحة والخاسرة حسب شهر الإغلاق</translation>
    </message>
    <message>
        <source>No won or lost deals yet. Mark deals as won or lost and they appear here month by month.</source>
        <translation>لا توجد صفقات رابحة أو خاسرة بعد. علّم الصفقات كرابحة أو خاسرة لتظهر هنا شهرًا بشهر.</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>القيمة الرابحة</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>القيمة الخاسرة</translation>
    </message>
    <message>
        <source>%1 won · %2 lost</source>
        <translation>الرابحة: %1 · الخاسرة: %2</translation>
    </message>
    <message>
        <source>%1 won and %2 lost in value</source>
        <translation>قيمة الرابحة: %1، وقيمة الخاسرة: %2</translation>
    </message>
</context>
<context>
    <name>DealReports</name>
    <message>
        <source>The report could not be written: %1</source>
        <translation>تعذّرت كتابة التقرير: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose a folder you can write to.</source>
        <translation>تتعذّر الكتابة إلى %1: %2. اختر مجلدًا لديك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>لم تتم كتابة %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>تتعذّر الكتابة إلى %1: %2. تحقّق من المساحة الحرة على القرص ومن صلاحيات المجلد.</translation>
    </message>
</context>
<context>
    <name>DealStore</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 و%Ln غيرها</numerusform>
            <numerusform>%1 وقيمة أخرى</numerusform>
            <numerusform>%1 وقيمتان أخريان</numerusform>
            <numerusform>%1 و%Ln قيم أخرى</numerusform>
            <numerusform>%1 و%Ln قيمة أخرى</numerusform>
            <numerusform>%1 و%Ln قيمة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>No deal was chosen.</source>
        <translation>لم يتم اختيار أي صفقة.</translation>
    </message>
    <message>
        <source>Deal %1 no longer exists; it may have been deleted.</source>
        <translation>لم تعد الصفقة %1 موجودة؛ ربما حُذفت.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; is in the trash. Restore it first.</source>
        <translation>الصفقة &quot;%1&quot; في سلة المهملات. استعدها أولًا.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; is already won. Reopen it first.</source>
        <translation>الصفقة &quot;%1&quot; رابحة بالفعل. أعد فتحها أولًا.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; is already lost. Reopen it first.</source>
        <translation>الصفقة &quot;%1&quot; خاسرة بالفعل. أعد فتحها أولًا.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; is still open; only won or lost deals can be reopened.</source>
        <translation>الصفقة &quot;%1&quot; لا تزال مفتوحة؛ لا يمكن إعادة فتح إلا الصفقات الرابحة أو الخاسرة.</translation>
    </message>
    <message>
        <source>The stage no longer exists; it may have been removed.</source>
        <translation>لم تعد المرحلة موجودة؛ ربما أُزيلت.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot enter &quot;%2&quot;: %3 must be filled in first. Fill in %3 on the deal, then move it again.</source>
        <translation>لا يمكن نقل &quot;%1&quot; إلى &quot;%2&quot;: يجب ملء %3 أولًا. املأ %3 في الصفقة، ثم انقلها مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 cannot enter &quot;%2&quot;: %3 must be filled in first. Fill them in on each deal, then move the deals again.</source>
        <translation>لا يمكن نقل %1 إلى &quot;%2&quot;: يجب ملء %3 أولًا. املأها في كل صفقة، ثم انقل الصفقات مرة أخرى.</translation>
    </message>
    <message>
        <source>The deals could not be placed in their stage.</source>
        <translation>تعذّر وضع الصفقات في مرحلتها.</translation>
    </message>
    <message>
        <source>Say why the deal was lost: choose one of %1.</source>
        <translation>اذكر سبب خسارة الصفقة: اختر أحد الأسباب التالية: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the list of lost reasons. Choose one of %2, or add it to the list first.</source>
        <translation>&quot;%1&quot; ليس في قائمة أسباب الخسارة. اختر أحد الأسباب: %2، أو أضفه إلى القائمة أولًا.</translation>
    </message>
    <message>
        <source>Choose another existing stage to move the deals of &quot;%1&quot; to.</source>
        <translation>اختر مرحلة أخرى موجودة لنقل صفقات &quot;%1&quot; إليها.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open deal(s) in &quot;%1&quot; lack %2, which &quot;%3&quot; requires. Fill it in on those deals, or choose a stage without that requirement.</source>
        <translation>
            <numerusform>تفتقر %Ln صفقة مفتوحة في &quot;%1&quot; إلى %2، وهو ما تشترطه المرحلة &quot;%3&quot;. املأه في تلك الصفقات، أو اختر مرحلة لا تشترط ذلك.</numerusform>
            <numerusform>تفتقر صفقة مفتوحة واحدة في &quot;%1&quot; إلى %2، وهو ما تشترطه المرحلة &quot;%3&quot;. املأه في تلك الصفقة، أو اختر مرحلة لا تشترط ذلك.</numerusform>
            <numerusform>تفتقر صفقتان مفتوحتان في &quot;%1&quot; إلى %2، وهو ما تشترطه المرحلة &quot;%3&quot;. املأه في هاتين الصفقتين، أو اختر مرحلة لا تشترط ذلك.</numerusform>
            <numerusform>تفتقر %Ln صفقات مفتوحة في &quot;%1&quot; إلى %2، وهو ما تشترطه المرحلة &quot;%3&quot;. املأه في تلك الصفقات، أو اختر مرحلة لا تشترط ذلك.</numerusform>
            <numerusform>تفتقر %Ln صفقة مفتوحة في &quot;%1&quot; إلى %2، وهو ما تشترطه المرحلة &quot;%3&quot;. املأه في تلك الصفقات، أو اختر مرحلة لا تشترط ذلك.</numerusform>
            <numerusform>تفتقر %Ln صفقة مفتوحة في &quot;%1&quot; إلى %2، وهو ما تشترطه المرحلة &quot;%3&quot;. املأه في تلك الصفقات، أو اختر مرحلة لا تشترط ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>تحتاج الصفقة إلى عنوان.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: the currency &quot;%2&quot; is not a three-letter ISO 4217 code such as EUR or USD.</source>
        <translation>الصفقة &quot;%1&quot;: العملة &quot;%2&quot; ليست رمز ISO 4217 من ثلاثة أحرف مثل EUR أو USD.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: the value cannot be negative.</source>
        <translation>الصفقة &quot;%1&quot;: لا يمكن أن تكون القيمة سالبة.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: the probability must lie between 0 % and 100 %.</source>
        <translation>الصفقة &quot;%1&quot;: يجب أن يكون الاحتمال بين 0 % و100 %.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: the expected close date &quot;%2&quot; is not a date; write it as year-month-day, e.g. 2025-03-31.</source>
        <translation>الصفقة &quot;%1&quot;: تاريخ الإغلاق المتوقع &quot;%2&quot; ليس تاريخًا؛ اكتبه بصيغة سنة-شهر-يوم، مثل 2025-03-31.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: contact %2 no longer exists or is in the trash. Choose another contact.</source>
        <translation>الصفقة &quot;%1&quot;: جهة الاتصال %2 لم تعد موجودة أو أنها في سلة المهملات. اختر جهة اتصال أخرى.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: stage %2 no longer exists. Choose another stage.</source>
        <translation>الصفقة &quot;%1&quot;: المرحلة %2 لم تعد موجودة. اختر مرحلة أخرى.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: stage &quot;%2&quot; belongs to another pipeline.</source>
        <translation>الصفقة &quot;%1&quot;: المرحلة &quot;%2&quot; تنتمي إلى مسار مبيعات آخر.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: pipeline %2 no longer exists. Choose another pipeline.</source>
        <translation>الصفقة &quot;%1&quot;: مسار المبيعات %2 لم يعد موجودًا. اختر مسار مبيعات آخر.</translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot; has no stages. Add a stage before creating deals in it.</source>
        <translation>لا يحتوي مسار المبيعات &quot;%1&quot; على مراحل. أضف مرحلة قبل إنشاء صفقات فيه.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; cannot start in &quot;%2&quot;: %3 must be filled in first. Fill them in, or start the deal in an earlier stage.</source>
        <translation>لا يمكن أن تبدأ الصفقة &quot;%1&quot; في &quot;%2&quot;: يجب ملء %3 أولًا. املأها، أو ابدأ الصفقة في مرحلة سابقة.</translation>
    </message>
    <message>
        <source>The deal no longer exists; it may have been deleted.</source>
        <translation>لم تعد الصفقة موجودة؛ ربما حُذفت.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; is in the trash. Restore it before editing it.</source>
        <translation>الصفقة &quot;%1&quot; في سلة المهملات. استعدها قبل تعديلها.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: use Win, Lose or Reopen to change its status.</source>
        <translation>الصفقة &quot;%1&quot;: استخدم «فوز» أو «خسارة» أو «إعادة فتح» لتغيير حالتها.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: &quot;%2&quot; is not on the list of lost reasons. Choose one of %3.</source>
        <translation>الصفقة &quot;%1&quot;: &quot;%2&quot; ليس في قائمة أسباب الخسارة. اختر أحد الأسباب: %3.</translation>
    </message>
</context>
<context>
    <name>Dedup</name>
    <message>
        <source>Reading the contacts</source>
        <translation>قراءة جهات الاتصال</translation>
    </message>
    <message>
        <source>Reading the contacts&apos; e-mails</source>
        <translation>قراءة عناوين البريد الإلكتروني لجهات الاتصال</translation>
    </message>
    <message>
        <source>Reading the contacts&apos; phones</source>
        <translation>قراءة أرقام هواتف جهات الاتصال</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>فشلت عملية «%1»: %2</translation>
    </message>
    <message>
        <source>Updating the duplicate-detection index</source>
        <translation>تحديث فهرس اكتشاف التكرارات</translation>
    </message>
    <message>
        <source>Reading the duplicate-detection index</source>
        <translation>قراءة فهرس اكتشاف التكرارات</translation>
    </message>
    <message>
        <source>Building the duplicate-detection index was cancelled.</source>
        <translation>أُلغي إنشاء فهرس اكتشاف التكرارات.</translation>
    </message>
    <message>
        <source>Finding possible duplicates</source>
        <translation>البحث عن التكرارات المحتملة</translation>
    </message>
    <message>
        <source>The duplicate scan was cancelled.</source>
        <translation>أُلغي فحص التكرارات.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>not known on both sides</source>
        <translation>غير معروف لدى الطرفين</translation>
    </message>
    <message>
        <source>same</source>
        <translation>نفسه</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>متساوٍ</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>اسم تدليل</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>متشابه</translation>
    </message>
    <message>
        <source>sounds or looks alike</source>
        <translation>متشابه لفظًا أو شكلًا</translation>
    </message>
    <message>
        <source>initial fits</source>
        <translation>الحرف الأول مطابق</translation>
    </message>
    <message>
        <source>same user, other domain</source>
        <translation>اسم المستخدم نفسه، ونطاق مختلف</translation>
    </message>
    <message>
        <source>similar user name</source>
        <translation>اسم مستخدم مشابه</translation>
    </message>
    <message>
        <source>one digit apart</source>
        <translation>يختلف برقم واحد</translation>
    </message>
    <message>
        <source>one typo or day and month swapped</source>
        <translation>خطأ إملائي واحد أو تبديل بين اليوم والشهر</translation>
    </message>
    <message>
        <source>one typo apart</source>
        <translation>يختلف بخطأ إملائي واحد</translation>
    </message>
    <message>
        <source>different</source>
        <translation>مختلف</translation>
    </message>
    <message>
        <source>Reading the pairs marked &quot;not a duplicate&quot;</source>
        <translation>قراءة الأزواج المعلَّمة على أنها &quot;ليست مكررة&quot;</translation>
    </message>
    <message>
        <source>%1, given name and surname swapped</source>
        <translation>%1، مع تبديل الاسم الأول واسم العائلة</translation>
    </message>
    <message>
        <source>Score %1 bits (prior %2), probability %3%</source>
        <translation>الدرجة %1 بت (الاحتمال المسبق %2)، الاحتمال %3%</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check the file name and its permissions.</source>
        <translation>تتعذّر قراءة %1: %2. تحقّق من اسم الملف وصلاحياته.</translation>
    </message>
    <message>
        <source>%1 is empty: a spreadsheet needs a header row and at least one row of data.</source>
        <translation>%1 فارغ: يحتاج جدول البيانات إلى صف رؤوس أعمدة وصف بيانات واحد على الأقل.</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot;. Its columns are: %3.</source>
        <translation>لا يحتوي %1 على عمود باسم &quot;%2&quot;. أعمدته هي: %3.</translation>
    </message>
    <message>
        <source>%1: no column could be recognised as a name, e-mail or phone (columns: %2). Name the columns in the header row, e.g. first_name, last_name, email.</source>
        <translation>%1: تعذّر التعرّف على أي عمود كاسم أو بريد إلكتروني أو هاتف (الأعمدة: %2). سمِّ الأعمدة في صف رؤوس الأعمدة، مثل first_name وlast_name وemail.</translation>
    </message>
    <message>
        <source>Keeping the duplicate groups</source>
        <translation>حفظ مجموعات التكرار</translation>
    </message>
    <message>
        <source>Reading the duplicate groups</source>
        <translation>قراءة مجموعات التكرار</translation>
    </message>
    <message>
        <source>Counting the duplicate groups</source>
        <translation>عدّ مجموعات التكرار</translation>
    </message>
    <message>
        <source>Following the changes since the duplicate scan</source>
        <translation>تتبّع التغييرات منذ فحص التكرارات</translation>
    </message>
    <message>
        <source>The duplicate scan was cancelled; the groups of the last scan are kept.</source>
        <translation>أُلغي فحص التكرارات؛ تم الاحتفاظ بمجموعات الفحص الأخير.</translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation>تعذّرت قراءة مساحة العمل: %1</translation>
    </message>
</context>
<context>
    <name>EmailValidator</name>
    <message>
        <source>a part starting with “xn--” is not valid punycode</source>
        <translation>جزء يبدأ بـ«xn--» ليس ترميز punycode صالحًا</translation>
    </message>
    <message>
        <source>it is longer than 253 characters once encoded</source>
        <translation>يتجاوز طوله 253 حرفًا بعد الترميز</translation>
    </message>
    <message>
        <source>a part between dots is longer than 63 characters once encoded</source>
        <translation>أحد الأجزاء بين النقاط يتجاوز 63 حرفًا بعد الترميز</translation>
    </message>
    <message>
        <source>a part between dots is empty</source>
        <translation>أحد الأجزاء بين النقاط فارغ</translation>
    </message>
    <message>
        <source>a part between dots starts or ends with a hyphen</source>
        <translation>أحد الأجزاء بين النقاط يبدأ أو ينتهي بشَرطة</translation>
    </message>
    <message>
        <source>a part has “--” as its third and fourth character</source>
        <translation>أحد الأجزاء يحتوي على «--» في موضع الحرفين الثالث والرابع</translation>
    </message>
    <message>
        <source>a part starts with a combining accent</source>
        <translation>أحد الأجزاء يبدأ بعلامة تشكيل مركّبة</translation>
    </message>
    <message>
        <source>a character in it stands for a dot</source>
        <translation>يحتوي على حرف يحلّ محلّ النقطة</translation>
    </message>
    <message>
        <source>it mixes right-to-left and left-to-right text in a way domain names forbid</source>
        <translation>يمزج بين نص من اليمين إلى اليسار ونص من اليسار إلى اليمين بطريقة لا تسمح بها أسماء النطاقات</translation>
    </message>
    <message>
        <source>it has an invisible joiner where none may be</source>
        <translation>يحتوي على محرف وصل غير مرئي في موضع لا يُسمح به</translation>
    </message>
    <message>
        <source>it contains a character domain names cannot have</source>
        <translation>يحتوي على حرف غير مسموح به في أسماء النطاقات</translation>
    </message>
    <message>
        <source>There must be something after the @-sign.</source>
        <translation>يجب أن يوجد شيء بعد العلامة @.</translation>
    </message>
    <message>
        <source>Addresses with an IP address in brackets after the @-sign are not accepted; use the domain name.</source>
        <translation>لا تُقبل العناوين التي تحتوي على عنوان IP بين قوسين بعد العلامة @؛ استخدم اسم النطاق.</translation>
    </message>
    <message>
        <source>The part after the @-sign is not a valid domain name: %1.</source>
        <translation>الجزء الذي يلي العلامة @ ليس اسم نطاق صالحًا: %1.</translation>
    </message>
    <message>
        <source>The part after the @-sign contains a space.</source>
        <translation>الجزء الذي يلي العلامة @ يحتوي على مسافة.</translation>
    </message>
    <message>
        <source>Comments in parentheses are not accepted in an address.</source>
        <translation>لا تُقبل التعليقات بين الأقواس في العنوان.</translation>
    </message>
    <message>
        <source>The address contains more than one @-sign.</source>
        <translation>يحتوي العنوان على أكثر من علامة @.</translation>
    </message>
    <message>
        <source>The part after the @-sign contains a character domain names cannot have: %1.</source>
        <translation>الجزء الذي يلي العلامة @ يحتوي على حرف غير مسموح به في أسماء النطاقات: %1.</translation>
    </message>
    <message>
        <source>The part after the @-sign contains an invisible or unsafe character: %1.</source>
        <translation>الجزء الذي يلي العلامة @ يحتوي على حرف غير مرئي أو غير آمن: %1.</translation>
    </message>
    <message>
        <source>The part after the @-sign cannot start with a dot.</source>
        <translation>لا يمكن أن يبدأ الجزء الذي يلي العلامة @ بنقطة.</translation>
    </message>
    <message>
        <source>An address cannot end with a dot.</source>
        <translation>لا يمكن أن ينتهي العنوان بنقطة.</translation>
    </message>
    <message>
        <source>The part after the @-sign cannot start with a hyphen.</source>
        <translation>لا يمكن أن يبدأ الجزء الذي يلي العلامة @ بشَرطة.</translation>
    </message>
    <message>
        <source>An address cannot end with a hyphen.</source>
        <translation>لا يمكن أن ينتهي العنوان بشَرطة.</translation>
    </message>
    <message>
        <source>The part after the @-sign cannot have two dots in a row.</source>
        <translation>لا يمكن أن يحتوي الجزء الذي يلي العلامة @ على نقطتين متتاليتين.</translation>
    </message>
    <message>
        <source>A hyphen cannot stand next to a dot in a domain name.</source>
        <translation>لا يمكن أن تجاور الشَّرطة نقطةً في اسم النطاق.</translation>
    </message>
    <message>
        <source>A part of the domain between dots is %1 characters long; at most 63 are allowed.</source>
        <translation>طول أحد أجزاء النطاق بين النقاط %1 حرفًا؛ والحد الأقصى المسموح به 63.</translation>
    </message>
    <message>
        <source>A part of the domain cannot have “--” as its third and fourth character unless it is punycode (xn--).</source>
        <translation>لا يمكن أن يحتوي جزء من النطاق على «--» في موضع الحرفين الثالث والرابع إلا إذا كان ترميز punycode ‏(xn--).</translation>
    </message>
    <message>
        <source>The part after the @-sign needs a dot, as in example.com.</source>
        <translation>يجب أن يحتوي الجزء الذي يلي العلامة @ على نقطة، كما في example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a top-level domain.</source>
        <translation>«%1» ليس نطاقًا من المستوى الأعلى.</translation>
    </message>
    <message>
        <source>“.%1” is reserved and never receives mail.</source>
        <translation>«.%1» محجوز ولا يستقبل البريد أبدًا.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>العنوان فارغ.</translation>
    </message>
    <message>
        <source>The address is %1 characters long; at most %2 are allowed.</source>
        <translation>طول العنوان %1 حرفًا؛ والحد الأقصى المسموح به %2.</translation>
    </message>
    <message>
        <source>“%1” is a placeholder, not an e-mail address; leave the field empty instead.</source>
        <translation>«%1» نص مؤقت وليس عنوان بريد إلكتروني؛ اترك الحقل فارغًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The address has %1 instead of a plain @-sign.</source>
        <translation>يحتوي العنوان على %1 بدلًا من العلامة @ العادية.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @-sign, as in ann@example.com.</source>
        <translation>يحتاج عنوان البريد الإلكتروني إلى العلامة @، كما في ann@example.com.</translation>
    </message>
    <message>
        <source>A name or angle brackets around the address are not accepted; keep only the address.</source>
        <translation>لا يُقبل اسم أو أقواس زاوية حول العنوان؛ احتفظ بالعنوان فقط.</translation>
    </message>
    <message>
        <source>There must be something before the @-sign.</source>
        <translation>يجب أن يوجد شيء قبل العلامة @.</translation>
    </message>
    <message>
        <source>Quotation marks before the @-sign are not accepted; most mail systems reject such addresses.</source>
        <translation>لا تُقبل علامات التنصيص قبل العلامة @؛ فمعظم أنظمة البريد ترفض مثل هذه العناوين.</translation>
    </message>
    <message>
        <source>An address cannot have two dots in a row.</source>
        <translation>لا يمكن أن يحتوي العنوان على نقطتين متتاليتين.</translation>
    </message>
    <message>
        <source>The address contains an invisible or unsafe character before the @-sign: %1.</source>
        <translation>يحتوي العنوان على حرف غير مرئي أو غير آمن قبل العلامة @: %1.</translation>
    </message>
    <message>
        <source>An address cannot start with a dot.</source>
        <translation>لا يمكن أن يبدأ العنوان بنقطة.</translation>
    </message>
    <message>
        <source>There cannot be a dot right before the @-sign.</source>
        <translation>لا يمكن أن توجد نقطة مباشرة قبل العلامة @.</translation>
    </message>
    <message>
        <source>The part before the @-sign contains a space.</source>
        <translation>الجزء الذي يسبق العلامة @ يحتوي على مسافة.</translation>
    </message>
    <message>
        <source>The address contains a line break or another control character: %1.</source>
        <translation>يحتوي العنوان على فاصل أسطر أو حرف تحكم آخر: %1.</translation>
    </message>
    <message>
        <source>The part before the @-sign contains a character that is not allowed: %1.</source>
        <translation>الجزء الذي يسبق العلامة @ يحتوي على حرف غير مسموح به: %1.</translation>
    </message>
    <message>
        <source>The top-level domain “.%1” does not exist; did you mean %2?</source>
        <translation>النطاق العلوي «.%1» غير موجود؛ هل تقصد %2؟</translation>
    </message>
    <message>
        <source>“%1” is a placeholder, not a real address; leave the field empty instead.</source>
        <translation>«%1» نص مؤقت وليس عنوانًا حقيقيًا؛ اترك الحقل فارغًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>“%1” looks like a typo of %2.</source>
        <translation>يبدو أن «%1» خطأ إملائي في %2.</translation>
    </message>
    <message>
        <source>The top-level domain “.%1” is not one that exists; check the address.</source>
        <translation>النطاق العلوي «.%1» غير موجود؛ تحقّق من العنوان.</translation>
    </message>
    <message>
        <source>%1 is reserved for examples and never receives mail.</source>
        <translation>%1 محجوز للأمثلة ولا يستقبل البريد أبدًا.</translation>
    </message>
    <message>
        <source>The part before the @-sign is %1 characters long; the standard allows %2 and some servers refuse longer ones.</source>
        <translation>طول الجزء الذي يسبق العلامة @ هو %1 حرفًا؛ يسمح المعيار بـ%2، وبعض الخوادم ترفض ما هو أطول.</translation>
    </message>
    <message>
        <source>“%1@” is a shared mailbox (a role account), not a person&apos;s address.</source>
        <translation>«%1@» صندوق بريد مشترك (حساب وظيفي)، وليس عنوان شخص.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>الاسم الأوسط</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>مصدر العميل المحتمل</translation>
    </message>
    <message>
        <source>Do not e-mail</source>
        <translation>عدم المراسلة بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>عدم الاتصال هاتفيًا</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>ألغى الاشتراك</translation>
    </message>
    <message>
        <source>Unsubscribe reason</source>
        <translation>سبب إلغاء الاشتراك</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>تاريخ التحديث</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>آخر تواصل</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>الشكل القانوني</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>الإغلاق المتوقع</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>الاحتمال (%)</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>سبب الخسارة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
</context>
<context>
    <name>FieldChecker</name>
    <message>
        <source>The name is empty.</source>
        <translation>الاسم فارغ.</translation>
    </message>
    <message>
        <source>The style guide writes it “%1”: tidy spacing and title case.</source>
        <translation>يكتبه دليل الأسلوب «%1»: مسافات مرتبة وأحرف أولى كبيرة.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Undo import</source>
        <translation>التراجع عن الاستيراد</translation>
    </message>
    <message>
        <source>There is no import %1. See the Import history (kempt-cli imports) for the numbers.</source>
        <translation>لا يوجد استيراد رقم %1. راجع سجل الاستيراد (kempt-cli imports) لمعرفة الأرقام.</translation>
    </message>
    <message>
        <source>The import of %1 (%2) was already undone.</source>
        <translation>تم التراجع بالفعل عن استيراد %1 (%2).</translation>
    </message>
    <message>
        <source>The import of %1 (%2) did not finish, so it left nothing to undo.</source>
        <translation>لم يكتمل استيراد %1 (%2)، لذا لم يترك شيئًا للتراجع عنه.</translation>
    </message>
    <message>
        <source>Undo import of %1</source>
        <translation>التراجع عن استيراد %1</translation>
    </message>
    <message>
        <source>The workspace was closed.</source>
        <translation>أُغلقت مساحة العمل.</translation>
    </message>
    <message>
        <source>The report %1 cannot be written: %2. Choose another folder.</source>
        <translation>تتعذّر كتابة التقرير %1: %2. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>The report %1 could not be written completely: %2. Free some space and import again.</source>
        <translation>تعذّرت كتابة التقرير %1 بالكامل: %2. أفرغ بعض المساحة واستورد مرة أخرى.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <source>%1 has no header row %2: it holds %3 rows with values. Choose another header row or file.</source>
        <translation>لا يحتوي %1 على صف رؤوس الأعمدة %2: فهو يحتوي على %3 من الصفوف ذات القيم. اختر صف رؤوس أعمدة أو ملفًا آخر.</translation>
    </message>
    <message>
        <source>The mapping has %1 columns but %2 has %3. Map the columns again.</source>
        <translation>يحتوي تعيين الأعمدة على %1 من الأعمدة، بينما يحتوي %2 على %3. عيّن الأعمدة مرة أخرى.</translation>
    </message>
    <message>
        <source>None of the columns of %1 could be matched to a contact field (headers: %2). Map them yourself, or check the header row.</source>
        <translation>تعذّرت مطابقة أي من أعمدة %1 مع حقل من حقول جهة الاتصال (رؤوس الأعمدة: %2). عيّنها بنفسك، أو تحقّق من صف رؤوس الأعمدة.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <source>The row has no name, e-mail address or company.</source>
        <translation>لا يحتوي الصف على اسم أو عنوان بريد إلكتروني أو شركة.</translation>
    </message>
    <message>
        <source>Row %1 of %2 could not be stored: %3</source>
        <translation>تعذّر تخزين الصف %1 من %2: %3</translation>
    </message>
    <message>
        <source>The import was cancelled; the workspace is as it was before.</source>
        <translation>أُلغي الاستيراد؛ مساحة العمل كما كانت قبله.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 لم يتم استيراد أي شيء.</translation>
    </message>
    <message>
        <source>The mapping has %1 columns but the file has %2. Map this file&apos;s columns again.</source>
        <translation>يحتوي تعيين الأعمدة على %1 من الأعمدة، بينما يحتوي الملف على %2. عيّن أعمدة هذا الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>Column %1 of the file is “%2”, but the mapping was made for “%3”. Map this file&apos;s columns again.</source>
        <translation>العمود %1 في الملف هو «%2»، لكن التعيين أُعدّ لـ«%3». عيّن أعمدة هذا الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>Column %1 (“%2”) of the mapping names no field. Choose one or ignore the column.</source>
        <translation>العمود %1 («%2») في التعيين لا يشير إلى أي حقل. اختر حقلًا أو تجاهل العمود.</translation>
    </message>
    <message>
        <source>Preparing the import</source>
        <translation>تحضير الاستيراد</translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <translation>البحث عن %1</translation>
    </message>
    <message>
        <source>Looking up the tag %1</source>
        <translation>البحث عن الوسم %1</translation>
    </message>
    <message>
        <source>Storing a contact</source>
        <translation>تخزين جهة اتصال</translation>
    </message>
    <message>
        <source>Storing an e-mail address</source>
        <translation>تخزين عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>Storing a phone number</source>
        <translation>تخزين رقم هاتف</translation>
    </message>
    <message>
        <source>Tagging a contact</source>
        <translation>إضافة وسم إلى جهة اتصال</translation>
    </message>
    <message>
        <source>Storing a custom field</source>
        <translation>تخزين حقل مخصص</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. Check the name and that you may read the file.</source>
        <translation>يتعذّر فتح %1: %2. تحقّق من الاسم ومن أن لديك صلاحية قراءة الملف.</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>%1 cannot be read from its start again. Copy it to a local folder and retry.</source>
        <translation>تتعذّر قراءة %1 من بدايته مرة أخرى. انسخه إلى مجلد محلي وأعد المحاولة.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a character encoding Kempt knows. Use a name such as UTF-8, UTF-16LE, windows-1252, windows-1251, ISO-8859-2 or KOI8-R.</source>
        <translation>%1: &quot;%2&quot; ليس ترميز أحرف يعرفه Kempt. استخدم اسمًا مثل UTF-8 أو UTF-16LE أو windows-1252 أو windows-1251 أو ISO-8859-2 أو KOI8-R.</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument spreadsheet: it has no content part. Choose the spreadsheet, or save it from your spreadsheet program as .ods.</source>
        <translation>%1 ليس جدول بيانات OpenDocument: لا يحتوي على جزء المحتوى. اختر جدول البيانات، أو احفظه من برنامج جداول البيانات بامتداد .ods.</translation>
    </message>
    <message>
        <source>%1 is password protected (encrypted). Open it in your spreadsheet program, remove the password and save it again.</source>
        <translation>%1 محمي بكلمة مرور (مشفّر). افتحه في برنامج جداول البيانات، وأزل كلمة المرور ثم احفظه مرة أخرى.</translation>
    </message>
    <message>
        <source>(XML error: %1)</source>
        <translation>(خطأ XML: %1)</translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot; ends before its table does. The file is damaged; open it in your spreadsheet program and save it again.</source>
        <translation>%1: تنتهي الورقة &quot;%2&quot; قبل انتهاء جدولها. الملف تالف؛ افتحه في برنامج جداول البيانات واحفظه مرة أخرى.</translation>
    </message>
    <message>
        <source>The problem is in sheet &quot;%1&quot; after row %2.</source>
        <translation>المشكلة في الورقة &quot;%1&quot; بعد الصف %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the file is not open.</source>
        <translation>تتعذّر قراءة %1: الملف غير مفتوح.</translation>
    </message>
    <message>
        <source>%1 has no sheet with cells. Open it in your spreadsheet program and check that it holds a table.</source>
        <translation>لا يحتوي %1 على ورقة بها خلايا. افتحه في برنامج جداول البيانات وتحقّق من أنه يحتوي على جدول.</translation>
    </message>
    <message>
        <source>%1 is not open yet.</source>
        <translation>%1 غير مفتوح بعد.</translation>
    </message>
    <message>
        <source>%1 has no sheet number %2; it has %3.</source>
        <translation>لا يحتوي %1 على الورقة رقم %2؛ فعدد أوراقه %3.</translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot; is a chart and holds no table. Choose another sheet.</source>
        <translation>%1: الورقة &quot;%2&quot; مخطط بياني ولا تحتوي على جدول. اختر ورقة أخرى.</translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;. Its sheets are: %3.</source>
        <translation>لا يحتوي %1 على ورقة باسم &quot;%2&quot;. أوراقه هي: %3.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled at row %2.</source>
        <translation>أُلغيت قراءة %1 عند الصف %2.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). Export the contacts again or choose another file.</source>
        <translation>%1 فارغ (0 بايت). صدّر جهات الاتصال مرة أخرى أو اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>%1 is not a vCard file: it holds binary data, not text. Choose the .vcf file your address book exported.</source>
        <translation>%1 ليس ملف vCard: يحتوي على بيانات ثنائية وليس نصًا. اختر ملف .vcf الذي صدّره دفتر العناوين.</translation>
    </message>
    <message>
        <source>%1, line %2: the line is longer than %3 MB, which no contact needs. Check that this is a vCard file.</source>
        <translation>%1، السطر %2: طول السطر يتجاوز %3 ميغابايت، وهو ما لا تحتاجه أي جهة اتصال. تحقّق من أن هذا ملف vCard.</translation>
    </message>
    <message>
        <source>%1, line %2: the property is longer than %3 MB, which no contact needs. Check that this is a vCard file.</source>
        <translation>%1، السطر %2: طول الخاصية يتجاوز %3 ميغابايت، وهو ما لا تحتاجه أي جهة اتصال. تحقّق من أن هذا ملف vCard.</translation>
    </message>
    <message>
        <source>%1, line %2: a card must start with BEGIN:VCARD, but the line reads &quot;%3&quot;. Check that this is a vCard (.vcf) file; if it is damaged, export the contacts again.</source>
        <translation>%1، السطر %2: يجب أن تبدأ البطاقة بـBEGIN:VCARD، لكن نص السطر هو &quot;%3&quot;. تحقّق من أن هذا ملف vCard (.vcf)؛ وإذا كان تالفًا، فصدّر جهات الاتصال مرة أخرى.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled at line %2.</source>
        <translation>أُلغيت قراءة %1 عند السطر %2.</translation>
    </message>
    <message>
        <source>%1, line %2: the card has more than %3 properties, which no contact needs. Check that this is a vCard file.</source>
        <translation>%1، السطر %2: تحتوي البطاقة على أكثر من %3 خاصية، وهو ما لا تحتاجه أي جهة اتصال. تحقّق من أن هذا ملف vCard.</translation>
    </message>
    <message>
        <source>%1, line %2: the card that starts here has no END:VCARD; the file ends first and may be cut short. Export the contacts again.</source>
        <translation>%1، السطر %2: البطاقة التي تبدأ هنا ليس لها END:VCARD؛ إذ ينتهي الملف قبلها وقد يكون مقتطعًا. صدّر جهات الاتصال مرة أخرى.</translation>
    </message>
    <message>
        <source>no output to write to</source>
        <translation>لا يوجد مُخرَج للكتابة إليه</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>تتعذّر الكتابة إلى %1: %2. تحقّق من المساحة الحرة على القرص ومن صلاحيات المجلد.</translation>
    </message>
    <message>
        <source>%1 cannot be created. Choose a folder you can write to.</source>
        <translation>يتعذّر إنشاء %1. اختر مجلدًا لديك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>%1 is not open for writing.</source>
        <translation>%1 غير مفتوح للكتابة.</translation>
    </message>
    <message>
        <source>Row %1, column %2 holds %3 characters; an Excel cell holds at most %4. Export to CSV instead, or shorten the value.</source>
        <translation>الصف %1، العمود %2 يحتوي على %3 حرفًا؛ وتتسع خلية Excel لـ%4 حرفًا كحد أقصى. صدّر إلى CSV بدلًا من ذلك، أو اختصر القيمة.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 rows, and there are more records. Export to CSV, or export a smaller selection.</source>
        <translation>تتسع ورقة Excel لـ%1 صفًا كحد أقصى، وعدد السجلات أكبر من ذلك. صدّر إلى CSV، أو صدّر تحديدًا أصغر.</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3</source>
        <translation>%1، الورقة &quot;%2&quot;، الصف %3</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;</source>
        <translation>%1، الورقة &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the row number &quot;%2&quot; is not valid. The file is damaged; open it in your spreadsheet program and save it again.</source>
        <translation>%1: رقم الصف &quot;%2&quot; غير صالح. الملف تالف؛ افتحه في برنامج جداول البيانات واحفظه مرة أخرى.</translation>
    </message>
    <message>
        <source>%1: the cell reference &quot;%2&quot; is outside any sheet. The file is damaged; open it in your spreadsheet program and save it again.</source>
        <translation>%1: مرجع الخلية &quot;%2&quot; يقع خارج أي ورقة. الملف تالف؛ افتحه في برنامج جداول البيانات واحفظه مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 has more than %2 columns. The file is damaged; open it in your spreadsheet program and save it again.</source>
        <translation>يحتوي %1 على أكثر من %2 عمود. الملف تالف؛ افتحه في برنامج جداول البيانات واحفظه مرة أخرى.</translation>
    </message>
    <message>
        <source>%1, cell %2: refers to shared text number %3, which the file does not have. The file is damaged; open it in your spreadsheet program and save it again.</source>
        <translation>%1، الخلية %2: تشير إلى النص المشترك رقم %3، وهو غير موجود في الملف. الملف تالف؛ افتحه في برنامج جداول البيانات واحفظه مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: it has no workbook part (it may be a Word or PowerPoint file). Choose the spreadsheet, or save it from your spreadsheet program as .xlsx.</source>
        <translation>%1 ليس مصنف Excel: لا يحتوي على جزء المصنف (ربما يكون ملف Word أو PowerPoint). اختر جدول البيانات، أو احفظه من برنامج جداول البيانات بامتداد .xlsx.</translation>
    </message>
    <message>
        <source>Excel files cannot be written: the library libxlsxwriter is missing (%1). Install the package libxlsxwriter4, or export to CSV.</source>
        <translation>تتعذّر كتابة ملفات Excel: مكتبة libxlsxwriter مفقودة (%1). ثبّت الحزمة libxlsxwriter4، أو صدّر إلى CSV.</translation>
    </message>
    <message>
        <source>Excel files cannot be written: the installed libxlsxwriter (%1) lacks functions Kempt needs. Install libxlsxwriter 1.1 or later, or export to CSV.</source>
        <translation>تتعذّر كتابة ملفات Excel: مكتبة libxlsxwriter المثبّتة (%1) تفتقر إلى دوال يحتاجها Kempt. ثبّت libxlsxwriter 1.1 أو أحدث، أو صدّر إلى CSV.</translation>
    </message>
    <message>
        <source>%1 is not a complete %2 file: the part %3 is missing. Open it in your spreadsheet program and save it again.</source>
        <translation>%1 ليس ملف %2 مكتملًا: الجزء %3 مفقود. افتحه في برنامج جداول البيانات واحفظه مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 was refused: its part %2 contains a document type declaration (DTD), which no %3 file needs and which can be used to attack the program reading it. Open the file in your spreadsheet program and save it again.</source>
        <translation>رُفض %1: يحتوي جزؤه %2 على تعريف نوع مستند (DTD)، وهو ما لا يحتاجه أي ملف %3 ويمكن استخدامه لمهاجمة البرنامج الذي يقرؤه. افتح الملف في برنامج جداول البيانات واحفظه مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 cannot be read from the start: %2.</source>
        <translation>تتعذّر قراءة %1 من البداية: %2.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). Export the spreadsheet again or choose another file.</source>
        <translation>%1 فارغ (0 بايت). صدّر جدول البيانات مرة أخرى أو اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>%1 is password protected (encrypted), or an old binary Excel file (.xls). Open it in your spreadsheet program, remove the password and save it as %2.</source>
        <translation>%1 محمي بكلمة مرور (مشفّر)، أو أنه ملف Excel ثنائي قديم (.xls). افتحه في برنامج جداول البيانات، وأزل كلمة المرور واحفظه بتنسيق %2.</translation>
    </message>
    <message>
        <source>%1 is not an %2 file: it is not a ZIP package. Check that you chose the right file; if it is text, import it as CSV.</source>
        <translation>%1 ليس ملف %2: فهو ليس حزمة ZIP. تحقّق من أنك اخترت الملف الصحيح؛ وإذا كان نصًا، فاستورده بتنسيق CSV.</translation>
    </message>
    <message>
        <source>%1 is not a complete %2 file: the ZIP package is damaged or was cut short (truncated). Download or copy the file again, or open it in your spreadsheet program and save it again.</source>
        <translation>%1 ليس ملف %2 مكتملًا: حزمة ZIP تالفة أو مقتطعة. نزّل الملف أو انسخه مرة أخرى، أو افتحه في برنامج جداول البيانات واحفظه مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 parts, far more than any %3 file; Kempt does not open it. Open it in your spreadsheet program and save it again.</source>
        <translation>يحتوي %1 على أكثر من %2 جزء، أي أكثر بكثير من أي ملف %3؛ لذا لا يفتحه Kempt. افتحه في برنامج جداول البيانات واحفظه مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is not a complete %2 file: its table of contents is damaged. Download or copy the file again, or open it in your spreadsheet program and save it again.</source>
        <translation>%1 ليس ملف %2 مكتملًا: جدول محتوياته تالف. نزّل الملف أو انسخه مرة أخرى، أو افتحه في برنامج جداول البيانات واحفظه مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is too large to read safely: its part %2 unpacks to %3 MB, and Kempt reads at most %4 MB. Split the spreadsheet into smaller files or save it as CSV.</source>
        <translation>%1 أكبر من أن يُقرأ بأمان: يُفك ضغط جزئه %2 إلى %3 ميغابايت، بينما يقرأ Kempt %4 ميغابايت كحد أقصى. قسّم جدول البيانات إلى ملفات أصغر أو احفظه بتنسيق CSV.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be unpacked (the file may be truncated). Download or copy the file again, or open it in your spreadsheet program and save it again.</source>
        <translation>%1 تالف: يتعذّر فك ضغط جزئه %2 (ربما يكون الملف مقتطعًا). نزّل الملف أو انسخه مرة أخرى، أو افتحه في برنامج جداول البيانات واحفظه مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 looks like a ZIP bomb: its part %2 would grow more than %3 times when unpacked. Kempt does not open it. If the file is genuine, open it in your spreadsheet program and save it as CSV.</source>
        <translation>يبدو أن %1 قنبلة ZIP: سيتضخم جزؤه %2 أكثر من %3 مرة عند فك ضغطه. لن يفتحه Kempt. إذا كان الملف سليمًا، فافتحه في برنامج جداول البيانات واحفظه بتنسيق CSV.</translation>
    </message>
    <message>
        <source>No workspace is open. Open or create one with the File menu, then import.</source>
        <translation>لا توجد مساحة عمل مفتوحة. افتح واحدة أو أنشئها من قائمة ملف، ثم استورد.</translation>
    </message>
    <message>
        <source>The file to import could not be opened.</source>
        <translation>تعذّر فتح الملف المراد استيراده.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطي</translation>
    </message>
    <message>
        <source>Update empty fields</source>
        <translation>تحديث الحقول الفارغة</translation>
    </message>
    <message>
        <source>Update and overwrite</source>
        <translation>تحديث مع الكتابة فوق القيم</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Create as new</source>
        <translation>إنشاء كجهة اتصال جديدة</translation>
    </message>
    <message>
        <source>Contact %1 cannot be read to update it.</source>
        <translation>تتعذّر قراءة جهة الاتصال %1 لتحديثها.</translation>
    </message>
    <message>
        <source>Rows %1 could not be merged: %2</source>
        <translation>تعذّر دمج الصفوف %1: %2</translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>الصف %1 (%2)</translation>
    </message>
    <message>
        <source>%1 = contact %2 (%3)</source>
        <translation>%1 = جهة الاتصال %2 (%3)</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>محتمل</translation>
    </message>
    <message>
        <source>%1; %2, %3%: %4</source>
        <translation>%1؛ %2، %3%: %4</translation>
    </message>
    <message>
        <source>Looking for duplicates was cancelled; nothing was imported.</source>
        <translation>أُلغي البحث عن التكرارات؛ لم يتم استيراد أي شيء.</translation>
    </message>
    <message>
        <source>Line %1 has %2 cells but the header has %3: a value holds the delimiter without quotes, so its cells would land in the wrong columns. Put that value in quotes, or remove the extra cells.</source>
        <translation>يحتوي السطر %1 على %2 من الخلايا، بينما يحتوي صف رؤوس الأعمدة على %3: تحتوي إحدى القيم على الفاصل دون علامات تنصيص، لذا ستقع خلاياها في الأعمدة الخطأ. ضع تلك القيمة بين علامتي تنصيص، أو احذف الخلايا الزائدة.</translation>
    </message>
    <message>
        <source>Storing a note</source>
        <translation>تخزين ملاحظة</translation>
    </message>
    <message>
        <source>A mapping needs a name of 1 to 100 characters with a letter or digit, such as &quot;Google Contacts&quot;.</source>
        <translation>يحتاج تعيين الأعمدة إلى اسم من 1 إلى 100 حرف يتضمن حرفًا أو رقمًا، مثل &quot;Google Contacts&quot;.</translation>
    </message>
    <message>
        <source>The mapping &quot;%1&quot; maps no column to a field. Map at least one column before saving it.</source>
        <translation>لا يربط تعيين الأعمدة &quot;%1&quot; أي عمود بحقل. عيّن عمودًا واحدًا على الأقل قبل حفظه.</translation>
    </message>
    <message>
        <source>There is no saved mapping &quot;%1&quot;.</source>
        <translation>لا يوجد تعيين أعمدة محفوظ باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The saved mapping &quot;%1&quot; was made for other columns: %2</source>
        <translation>أُعدّ تعيين الأعمدة المحفوظ &quot;%1&quot; لأعمدة أخرى: %2</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose the file that holds the contacts.</source>
        <translation>%1 مجلد. اختر الملف الذي يحتوي على جهات الاتصال.</translation>
    </message>
    <message>
        <source>%1 is %2; Kempt imports files of up to %3. Split it into smaller files (for example by country or by year) and import them one after the other.</source>
        <translation>حجم %1 هو %2؛ بينما يستورد Kempt ملفات يصل حجمها إلى %3. قسّمه إلى ملفات أصغر (مثلًا حسب البلد أو السنة) واستوردها واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls), which Kempt does not read. Open it in your spreadsheet program, save it as .xlsx or CSV and import that.</source>
        <translation>%1 مصنف Excel 97-2003 (.xls)، ولا يقرأ Kempt هذا التنسيق. افتحه في برنامج جداول البيانات، واحفظه بامتداد .xlsx أو بتنسيق CSV ثم استورده.</translation>
    </message>
    <message>
        <source>%1 cannot be read from its start. Copy it to a local folder and retry.</source>
        <translation>تتعذّر قراءة %1 من بدايته. انسخه إلى مجلد محلي وأعد المحاولة.</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet or a text file: it holds binary data. Export the contacts as CSV, XLSX or vCard and import that.</source>
        <translation>%1 ليس جدول بيانات ولا ملفًا نصيًا: فهو يحتوي على بيانات ثنائية. صدّر جهات الاتصال بتنسيق CSV أو XLSX أو vCard واستورد الملف الناتج.</translation>
    </message>
    <message>
        <source>%1: the delimiter and the quote character are both %2. Choose two different characters.</source>
        <translation>%1: الفاصل وحرف التنصيص كلاهما %2. اختر حرفين مختلفين.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>تتعذّر قراءة %1.</translation>
    </message>
    <message>
        <source>%1 holds no contact card (BEGIN:VCARD). Export the contacts again or choose another file.</source>
        <translation>لا يحتوي %1 على أي بطاقة جهة اتصال (BEGIN:VCARD). صدّر جهات الاتصال مرة أخرى أو اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>Other address: %1</source>
        <translation>عنوان آخر: %1</translation>
    </message>
    <message>
        <source>Other address (%1): %2</source>
        <translation>عنوان آخر (%1): %2</translation>
    </message>
    <message>
        <source>Other website: %1</source>
        <translation>موقع إلكتروني آخر: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) had a picture (%1 in all), which was skipped: Kempt keeps no pictures.</source>
        <translation>
            <numerusform>احتوت %Ln بطاقة على صور (%1 إجمالًا)، وتم تخطيها: لا يحتفظ Kempt بالصور.</numerusform>
            <numerusform>احتوت بطاقة واحدة على صورة (%1 إجمالًا)، وتم تخطيها: لا يحتفظ Kempt بالصور.</numerusform>
            <numerusform>احتوت بطاقتان على صور (%1 إجمالًا)، وتم تخطيها: لا يحتفظ Kempt بالصور.</numerusform>
            <numerusform>احتوت %Ln بطاقات على صور (%1 إجمالًا)، وتم تخطيها: لا يحتفظ Kempt بالصور.</numerusform>
            <numerusform>احتوت %Ln بطاقة على صور (%1 إجمالًا)، وتم تخطيها: لا يحتفظ Kempt بالصور.</numerusform>
            <numerusform>احتوت %Ln بطاقة على صور (%1 إجمالًا)، وتم تخطيها: لا يحتفظ Kempt بالصور.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>CSV or other delimited text</source>
        <translation>CSV أو نص آخر بفواصل</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel (.xlsx)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (.ods)</source>
        <translation>جدول بيانات OpenDocument (.ods)</translation>
    </message>
    <message>
        <source>vCard address book (.vcf)</source>
        <translation>دفتر عناوين vCard (.vcf)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>فاصلة ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>فاصلة منقوطة ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>علامة الجدولة</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>شريط عمودي ( | )</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>علامة الجدولة</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>شريط عمودي</translation>
    </message>
    <message>
        <source>%1, detected</source>
        <translation>%1، مُكتشف تلقائيًا</translation>
    </message>
    <message>
        <source>%1, as chosen</source>
        <translation>%1، حسب الاختيار</translation>
    </message>
</context>
<context>
    <name>ImportUndoer</name>
    <message>
        <source>The import could not be undone.</source>
        <translation>تعذّر التراجع عن الاستيراد.</translation>
    </message>
</context>
<context>
    <name>Kempt</name>
    <message>
        <source>no output to write to</source>
        <translation>لا يوجد مُخرَج للكتابة إليه</translation>
    </message>
    <message>
        <source>Only contacts and companies can be exported to CSV.</source>
        <translation>يمكن تصدير جهات الاتصال والشركات فقط إلى CSV.</translation>
    </message>
    <message>
        <source>The export was cancelled after %1 records; the output is incomplete.</source>
        <translation>أُلغي التصدير بعد %1 من السجلات؛ الملف الناتج غير مكتمل.</translation>
    </message>
    <message>
        <source>Reading the records to export</source>
        <translation>قراءة السجلات المراد تصديرها</translation>
    </message>
    <message>
        <source>Writing the export failed: %1. Check the free disk space and the target&apos;s permissions.</source>
        <translation>فشلت كتابة ملف التصدير: %1. تحقّق من المساحة الحرة على القرص ومن صلاحيات الوجهة.</translation>
    </message>
    <message>
        <source>No workspace is open. Create one with File &gt; New first.</source>
        <translation>لا توجد مساحة عمل مفتوحة. أنشئ واحدة أولًا من ملف &gt; مساحة عمل جديدة.</translation>
    </message>
    <message>
        <source>The number of sample contacts cannot be negative.</source>
        <translation>لا يمكن أن يكون عدد جهات الاتصال النموذجية سالبًا.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>تحميل البيانات النموذجية</translation>
    </message>
    <message>
        <source>%1 already holds contacts. The sample data goes into an empty workspace; create one with File &gt; New.</source>
        <translation>يحتوي %1 بالفعل على جهات اتصال. تُحمَّل البيانات النموذجية في مساحة عمل فارغة فقط؛ أنشئ واحدة من ملف &gt; مساحة عمل جديدة.</translation>
    </message>
    <message>
        <source>Updating the change journal</source>
        <translation>تحديث سجل التغييرات</translation>
    </message>
    <message>
        <source>Restoring a row of %1</source>
        <translation>استعادة صف من %1</translation>
    </message>
    <message>
        <source>Reading the change journal</source>
        <translation>قراءة سجل التغييرات</translation>
    </message>
    <message>
        <source>Restoring %1.%2</source>
        <translation>استعادة %1.%2</translation>
    </message>
    <message>
        <source>Removing a row of %1</source>
        <translation>إزالة صف من %1</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>تتعذّر قراءة %1.</translation>
    </message>
    <message>
        <source>Keeping a copy before the upgrade</source>
        <translation>الاحتفاظ بنسخة قبل الترقية</translation>
    </message>
    <message>
        <source>Creating the search index</source>
        <translation>إنشاء فهرس البحث</translation>
    </message>
    <message>
        <source>Suspending the search index</source>
        <translation>إيقاف فهرس البحث مؤقتًا</translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation>إعادة بناء فهرس البحث</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>القرص ممتلئ. أفرغ بعض المساحة وحاول مرة أخرى؛ لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>The workspace is busy in another program. Close it there and try again.</source>
        <translation>مساحة العمل مستخدمة في برنامج آخر. أغلقها هناك وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The workspace file is read-only. Make it writable and try again.</source>
        <translation>ملف مساحة العمل للقراءة فقط. اجعله قابلًا للكتابة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Restore it from a copy.</source>
        <translation>ملف مساحة العمل تالف. استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>فشلت عملية «%1»: %2</translation>
    </message>
    <message>
        <source>Starting a change</source>
        <translation>بدء تغيير</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>حفظ التغيير</translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>يجب أن يكون للشركة اسم.</translation>
    </message>
    <message>
        <source>The company no longer exists; it may have been deleted.</source>
        <translation>لم تعد الشركة موجودة؛ ربما حُذفت.</translation>
    </message>
    <message>
        <source>There is no company called &quot;%1&quot;.</source>
        <translation>لا توجد شركة باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no owner called &quot;%1&quot;.</source>
        <translation>لا يوجد مالك باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose another file, or create a new workspace with File &gt; New.</source>
        <translation>%1 غير موجود. اختر ملفًا آخر، أو أنشئ مساحة عمل جديدة من ملف &gt; مساحة عمل جديدة.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file. Choose a .sqlite file.</source>
        <translation>%1 مجلد وليس ملف مساحة عمل. اختر ملفًا بامتداد ‎.sqlite.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation>تتعذّر قراءة %1: %2. تحقّق من صلاحيات الملف.</translation>
    </message>
    <message>
        <source>%1 is empty, so it is not a Kempt workspace. Choose another file, or create a new workspace with File &gt; New.</source>
        <translation>%1 فارغ، لذا فهو ليس مساحة عمل Kempt. اختر ملفًا آخر، أو أنشئ مساحة عمل جديدة من ملف &gt; مساحة عمل جديدة.</translation>
    </message>
    <message>
        <source>%1 is not a Kempt workspace (it is not an SQLite database). To bring its contents into Kempt, use File &gt; Import.</source>
        <translation>%1 ليس مساحة عمل Kempt (ليس قاعدة بيانات SQLite). لنقل محتواه إلى Kempt، استخدم ملف &gt; استيراد.</translation>
    </message>
    <message>
        <source>%1 is read-only. Kempt must be able to save changes: make the file writable, or copy it to a folder you can write to.</source>
        <translation>%1 للقراءة فقط. يجب أن يتمكن Kempt من حفظ التغييرات: اجعل الملف قابلًا للكتابة، أو انسخه إلى مجلد لديك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only, and SQLite keeps its journal next to the file. Move the workspace to a folder you can write to.</source>
        <translation>مجلد %1 للقراءة فقط، وSQLite يحفظ ملف السجل الخاص به بجوار الملف. انقل مساحة العمل إلى مجلد لديك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File &gt; Open.</source>
        <translation>%1 موجود بالفعل. اختر اسم ملف جديدًا، أو افتحه من ملف &gt; فتح.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created. Choose a folder you can write to.</source>
        <translation>يتعذّر إنشاء مجلد %1. اختر مجلدًا لديك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>يتعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database (%2). Restore it from a copy.</source>
        <translation>%1 تالف أو ليس قاعدة بيانات (%2). استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Kempt workspace. Kempt leaves it unchanged.</source>
        <translation>%1 قاعدة بيانات SQLite، لكنه ليس مساحة عمل Kempt. لن يغيّر Kempt فيه شيئًا.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Kempt (workspace format %2; this version reads up to %3). Update Kempt to open it.</source>
        <translation>حُفظ %1 بإصدار أحدث من Kempt (تنسيق مساحة العمل %2؛ وهذا الإصدار يقرأ حتى %3). حدّث Kempt لفتحه.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a copy; Kempt leaves it unchanged.</source>
        <translation>%1 تالف (%2). استعده من نسخة احتياطية؛ لن يغيّر Kempt فيه شيئًا.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: %2</source>
        <translation>يتعذّر فتح %1 للكتابة: %2</translation>
    </message>
    <message>
        <source>The SQLite driver did not give access to the database.</source>
        <translation>لم يمنح برنامج تشغيل SQLite إمكانية الوصول إلى قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Updating the workspace format failed: %1</source>
        <translation>فشل تحديث تنسيق مساحة العمل: %1</translation>
    </message>
    <message>
        <source>A contact needs at least a name, an e-mail address or a company.</source>
        <translation>تحتاج جهة الاتصال إلى اسم أو عنوان بريد إلكتروني أو شركة على الأقل.</translation>
    </message>
    <message>
        <source>The contact no longer exists; it may have been deleted for good.</source>
        <translation>لم تعد جهة الاتصال موجودة؛ ربما حُذفت نهائيًا.</translation>
    </message>
    <message>
        <source>%1 cannot be edited.</source>
        <translation>لا يمكن تعديل %1.</translation>
    </message>
    <message>
        <source>A view needs a name. Type one and save again.</source>
        <translation>تحتاج طريقة العرض إلى اسم. اكتب اسمًا واحفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>The view no longer exists; it may have been deleted already.</source>
        <translation>لم تعد طريقة العرض موجودة؛ ربما حُذفت بالفعل.</translation>
    </message>
    <message>
        <source>The finished export cannot be read back: %1.</source>
        <translation>تتعذّر قراءة ملف التصدير المكتمل: %1.</translation>
    </message>
    <message>
        <source>Only contacts and companies can be exported to Excel.</source>
        <translation>يمكن تصدير جهات الاتصال والشركات فقط إلى Excel.</translation>
    </message>
    <message>
        <source>No temporary folder can be created for the export: %1.</source>
        <translation>يتعذّر إنشاء مجلد مؤقت للتصدير: %1.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>السجل %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled after %1 records; nothing was written.</source>
        <translation>أُلغي التصدير بعد %1 من السجلات؛ لم تتم كتابة أي شيء.</translation>
    </message>
    <message>
        <source>Only contacts can be exported as vCards. Export companies to CSV or Excel.</source>
        <translation>يمكن تصدير جهات الاتصال فقط كبطاقات vCard. صدّر الشركات إلى CSV أو Excel.</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>تحديث فهرس البحث</translation>
    </message>
    <message>
        <source>Restoring the trigger %1</source>
        <translation>استعادة المشغّل %1</translation>
    </message>
</context>
<context>
    <name>Kempt::BoardCardList</name>
    <message>
        <source>Drop deals here to mark them won.</source>
        <translation>أفلت الصفقات هنا لتعليمها كرابحة.</translation>
    </message>
    <message>
        <source>Drop deals here to mark them lost; you will be asked why.</source>
        <translation>أفلت الصفقات هنا لتعليمها كخاسرة؛ سيُطلب منك ذكر السبب.</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>لا توجد صفقات</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>رابحة</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>خاسرة</translation>
    </message>
    <message>
        <source>Drop here</source>
        <translation>أفلت هنا</translation>
    </message>
    <message>
        <source>1 deal · %1</source>
        <translation>صفقة واحدة · %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deals · %1</source>
        <translation>
            <numerusform>%Ln صفقة · %1</numerusform>
            <numerusform>صفقة واحدة · %1</numerusform>
            <numerusform>صفقتان · %1</numerusform>
            <numerusform>%Ln صفقات · %1</numerusform>
            <numerusform>%Ln صفقة · %1</numerusform>
            <numerusform>%Ln صفقة · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kempt::BoardColumn</name>
    <message>
        <source>%1 · %2 weighted</source>
        <translation>%1 · المرجّحة: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in other currencies, not summed</source>
        <translation>
            <numerusform>%Ln صفقة إضافية بعملات أخرى، لم تُجمع</numerusform>
            <numerusform>صفقة إضافية واحدة بعملة أخرى، لم تُجمع</numerusform>
            <numerusform>صفقتان إضافيتان بعملات أخرى، لم تُجمعا</numerusform>
            <numerusform>%Ln صفقات إضافية بعملات أخرى، لم تُجمع</numerusform>
            <numerusform>%Ln صفقة إضافية بعملات أخرى، لم تُجمع</numerusform>
            <numerusform>%Ln صفقة إضافية بعملات أخرى، لم تُجمع</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 deal</source>
        <translation>%1: صفقة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln deals</source>
        <translation>
            <numerusform>%1: %Ln صفقة</numerusform>
            <numerusform>%1: صفقة واحدة</numerusform>
            <numerusform>%1: صفقتان</numerusform>
            <numerusform>%1: %Ln صفقات</numerusform>
            <numerusform>%1: %Ln صفقة</numerusform>
            <numerusform>%1: %Ln صفقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Default probability %1 %</source>
        <translation>الاحتمال الافتراضي %1 %</translation>
    </message>
    <message>
        <source>A deal here longer than a day is marked as rotting.</source>
        <translation>تُعلَّم الصفقة التي تبقى هنا أكثر من يوم كراكدة.</translation>
    </message>
    <message numerus="yes">
        <source>A deal here longer than %Ln days is marked as rotting.</source>
        <translation>
            <numerusform>تُعلَّم الصفقة التي تبقى هنا أكثر من %Ln يوم كراكدة.</numerusform>
            <numerusform>تُعلَّم الصفقة التي تبقى هنا أكثر من يوم واحد كراكدة.</numerusform>
            <numerusform>تُعلَّم الصفقة التي تبقى هنا أكثر من يومين كراكدة.</numerusform>
            <numerusform>تُعلَّم الصفقة التي تبقى هنا أكثر من %Ln أيام كراكدة.</numerusform>
            <numerusform>تُعلَّم الصفقة التي تبقى هنا أكثر من %Ln يومًا كراكدة.</numerusform>
            <numerusform>تُعلَّم الصفقة التي تبقى هنا أكثر من %Ln يوم كراكدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>To enter, a deal needs %1.</source>
        <translation>لدخول هذه المرحلة، تحتاج الصفقة إلى %1.</translation>
    </message>
</context>
<context>
    <name>Kempt::BoardFilterBar</name>
    <message>
        <source>Filter by title or company</source>
        <translation>التصفية حسب العنوان أو الشركة</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>كل المالكين</translation>
    </message>
    <message>
        <source>Show one owner&apos;s deals</source>
        <translation>عرض صفقات مالك واحد</translation>
    </message>
    <message>
        <source>Show deals expected to close in a period</source>
        <translation>عرض الصفقات المتوقع إغلاقها في فترة محددة</translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation>أي تاريخ إغلاق</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>تُغلق هذا الشهر</translation>
    </message>
    <message>
        <source>Closing next month</source>
        <translation>تُغلق الشهر القادم</translation>
    </message>
    <message>
        <source>Closing this quarter</source>
        <translation>تُغلق هذا الربع</translation>
    </message>
    <message>
        <source>Closing in 90 days</source>
        <translation>تُغلق خلال 90 يومًا</translation>
    </message>
    <message>
        <source>Closing between…</source>
        <translation>تُغلق بين…</translation>
    </message>
</context>
<context>
    <name>Kempt::BulkUpdateDialog</name>
    <message>
        <source>Bulk Update</source>
        <translation>تحديث جماعي</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>الحقل (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>القيمة الجديدة (&amp;N):</translation>
    </message>
    <message>
        <source>Apply to:</source>
        <translation>التطبيق على:</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>تحديث (&amp;U)</translation>
    </message>
    <message>
        <source>Sets one field to the same value on many records at once. A single Undo takes the whole change back.</source>
        <translation>يعيّن القيمة نفسها لحقل واحد في سجلات كثيرة دفعة واحدة. يكفي تراجع واحد لإلغاء التغيير بأكمله.</translation>
    </message>
    <message>
        <source>This clears %1 on %2.</source>
        <translation>سيؤدي هذا إلى مسح %1 في %2.</translation>
    </message>
    <message>
        <source>This changes %1 to “%2” on %3.</source>
        <translation>سيؤدي هذا إلى تغيير %1 إلى «%2» في %3.</translation>
    </message>
</context>
<context>
    <name>Kempt::ColumnChooserDialog</name>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Tick the columns to show. Drag them to change their order.</source>
        <translation>حدّد الأعمدة المراد عرضها. اسحبها لتغيير ترتيبها.</translation>
    </message>
</context>
<context>
    <name>Kempt::CompanyEditor</name>
    <message>
        <source>&amp;Details</source>
        <translation>التفاصيل (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>العنوان (&amp;A)</translation>
    </message>
    <message>
        <source>Custom &amp;Fields</source>
        <translation>الحقول المخصصة (&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>جهات الاتصال (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>المخطط الزمني (&amp;T)</translation>
    </message>
    <message>
        <source>e.g. GmbH, Ltd, Inc.</source>
        <translation>مثلًا GmbH، Ltd، Inc.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <source>Legal form:</source>
        <translation>الشكل القانوني:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>القطاع (&amp;I):</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>الحجم (&amp;Z):</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>المالك (&amp;W):</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>الموقع الإلكتروني:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>الهاتف (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>البريد الإلكتروني (&amp;E):</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>الوسوم (&amp;A):</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>الشارع (&amp;S):</translation>
    </message>
    <message>
        <source>Postcode, &amp;city:</source>
        <translation>الرمز البريدي، المدينة (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>المنطقة (&amp;R):</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>البلد (&amp;Y):</translation>
    </message>
    <message>
        <source>C&amp;ontacts (%1)</source>
        <translation>جهات الاتصال (%1) (&amp;O)</translation>
    </message>
    <message>
        <source>Save the company first; then notes and activities can be added.</source>
        <translation>احفظ الشركة أولًا؛ بعدها يمكن إضافة الملاحظات والأنشطة.</translation>
    </message>
    <message>
        <source>Company – %1</source>
        <translation>الشركة – %1</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>شركة جديدة</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>شركة جديدة</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>أدخل اسم الشركة.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Close the editor and discard your changes to this company?</source>
        <translation>هل تريد إغلاق المحرر وتجاهل التغييرات التي أجريتها على هذه الشركة؟</translation>
    </message>
</context>
<context>
    <name>Kempt::ContactEditor</name>
    <message>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>المنزل</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>التفاصيل (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Contact Info</source>
        <translation>معلومات الاتصال (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>العنوان (&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>الموافقة (&amp;O)</translation>
    </message>
    <message>
        <source>Custom &amp;Fields</source>
        <translation>الحقول المخصصة (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>المخطط الزمني (&amp;T)</translation>
    </message>
    <message>
        <source>Leave empty to use the name composed from its parts.</source>
        <translation>اتركه فارغًا لاستخدام الاسم المركّب من أجزائه.</translation>
    </message>
    <message>
        <source>Found or created by name</source>
        <translation>يُعثر عليها أو تُنشأ بالاسم</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation>اللقب:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>الاسم الأول (&amp;F):</translation>
    </message>
    <message>
        <source>Middle name:</source>
        <translation>الاسم الأوسط:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>اسم العائلة (&amp;L):</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>الاسم المعروض:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>الموقع الإلكتروني:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>المسمى الوظيفي:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>القسم:</translation>
    </message>
    <message>
        <source>Com&amp;pany:</source>
        <translation>الشركة (&amp;P):</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>المالك (&amp;W):</translation>
    </message>
    <message>
        <source>Lead source:</source>
        <translation>مصدر العميل المحتمل:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>الوسوم (&amp;A):</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Add E-mail Address</source>
        <translation>إضافة عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Add Phone Number</source>
        <translation>إضافة رقم هاتف</translation>
    </message>
    <message>
        <source>Add Profile</source>
        <translation>إضافة ملف تعريف</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>أرقام الهاتف</translation>
    </message>
    <message>
        <source>Social profiles</source>
        <translation>حسابات التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>الشارع (&amp;S):</translation>
    </message>
    <message>
        <source>Postcode, &amp;city:</source>
        <translation>الرمز البريدي، المدينة (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>المنطقة (&amp;R):</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>البلد (&amp;Y):</translation>
    </message>
    <message>
        <source>Do not send e-mail</source>
        <translation>عدم إرسال بريد إلكتروني</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>عدم الاتصال هاتفيًا</translation>
    </message>
    <message>
        <source>e.g. asked by phone</source>
        <translation>مثلًا: طلب ذلك هاتفيًا</translation>
    </message>
    <message>
        <source>Record what the person asked for, and when they unsubscribed.</source>
        <translation>سجّل ما طلبه الشخص ومتى ألغى اشتراكه.</translation>
    </message>
    <message>
        <source>Unsubscribed on:</source>
        <translation>تاريخ إلغاء الاشتراك:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Save the contact first; then notes and activities can be added.</source>
        <translation>احفظ جهة الاتصال أولًا؛ بعدها يمكن إضافة الملاحظات والأنشطة.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>أُنشئت في %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>حُدّثت في %1</translation>
    </message>
    <message>
        <source>Last contacted %1</source>
        <translation>آخر تواصل: %1</translation>
    </message>
    <message>
        <source>Contact – %1</source>
        <translation>جهة الاتصال – %1</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Enter a name, an e-mail address or a company, so that the contact can be found again.</source>
        <translation>أدخل اسمًا أو عنوان بريد إلكتروني أو شركة، ليتسنى العثور على جهة الاتصال لاحقًا.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Correct it on the Contact Info tab or remove the row.</source>
        <translation>«%1» ليس عنوان بريد إلكتروني. صحّحه في علامة التبويب «معلومات الاتصال» أو احذف الصف.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Close the editor and discard your changes to this contact?</source>
        <translation>هل تريد إغلاق المحرر وتجاهل التغييرات التي أجريتها على جهة الاتصال هذه؟</translation>
    </message>
    <message>
        <source>Merge %1 with %2</source>
        <translation>دمج %1 مع %2</translation>
    </message>
    <message>
        <source>The contact was saved, but it could not be merged. Merge it in the Duplicates section.</source>
        <translation>حُفظت جهة الاتصال، لكن تعذّر دمجها. ادمجها في قسم التكرارات.</translation>
    </message>
</context>
<context>
    <name>Kempt::ContactPicker</name>
    <message>
        <source>Type a name, e-mail or company</source>
        <translation>اكتب اسمًا أو بريدًا إلكترونيًا أو شركة</translation>
    </message>
</context>
<context>
    <name>Kempt::CustomFieldForm</name>
    <message>
        <source>A number, e.g. 42 or 3.5</source>
        <translation>رقم، مثل 42 أو 3.5</translation>
    </message>
</context>
<context>
    <name>Kempt::DealEditor</name>
    <message>
        <source>&amp;Details</source>
        <translation>التفاصيل (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>جهات الاتصال (&amp;C)</translation>
    </message>
    <message>
        <source>Custom &amp;Fields</source>
        <translation>الحقول المخصصة (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>المخطط الزمني (&amp;T)</translation>
    </message>
    <message>
        <source>Stage &amp;History</source>
        <translation>سجل المراحل (&amp;H)</translation>
    </message>
    <message>
        <source>e.g. 40 seats for Acme</source>
        <translation>مثلًا: 40 مقعدًا لشركة Acme</translation>
    </message>
    <message>
        <source>Found or created by name</source>
        <translation>يُعثر عليها أو تُنشأ بالاسم</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Stage default</source>
        <translation>القيمة الافتراضية للمرحلة</translation>
    </message>
    <message>
        <source>Untick to give this deal a probability of its own.</source>
        <translation>ألغِ التحديد لتعيين احتمال خاص بهذه الصفقة.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>رابحة</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>خاسرة</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>الصفقة</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>القيمة (&amp;V):</translation>
    </message>
    <message>
        <source>Com&amp;pany:</source>
        <translation>الشركة (&amp;P):</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>جهة الاتصال (&amp;O):</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>المالك (&amp;W):</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>المصدر (&amp;U):</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>P&amp;ipeline:</source>
        <translation>مسار المبيعات (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>المرحلة (&amp;S):</translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation>الاحتمال (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>الإغلاق المتوقع (&amp;E):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>الحالة (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Lost reason:</source>
        <translation>سبب الخسارة (&amp;L):</translation>
    </message>
    <message>
        <source>Add a contact: type a name, e-mail or company</source>
        <translation>إضافة جهة اتصال: اكتب اسمًا أو بريدًا إلكترونيًا أو شركة</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة (&amp;R)</translation>
    </message>
    <message>
        <source>The contact on the Details tab is the deal&apos;s main contact; these take part too.</source>
        <translation>جهة الاتصال في علامة التبويب «التفاصيل» هي جهة الاتصال الرئيسية للصفقة؛ وتشارك هذه الجهات فيها أيضًا.</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>جهات اتصال أخرى</translation>
    </message>
    <message>
        <source>When the deal entered and left each stage. Moves on the board and in this editor add to it.</source>
        <translation>متى دخلت الصفقة كل مرحلة ومتى غادرتها. تُضاف إليه عمليات النقل على اللوحة وفي هذا المحرر.</translation>
    </message>
    <message>
        <source>Sales (made when saving)</source>
        <translation>المبيعات (يُنشأ عند الحفظ)</translation>
    </message>
    <message>
        <source>Set the status to Open to move the deal.</source>
        <translation>عيّن الحالة إلى «مفتوحة» لنقل الصفقة.</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>اختر سببًا</translation>
    </message>
    <message>
        <source>Save the deal first; then notes, activities and its stage history appear here.</source>
        <translation>احفظ الصفقة أولًا؛ بعدها تظهر هنا الملاحظات والأنشطة وسجل مراحلها.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>أُنشئت في %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>حُدّثت في %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>أُغلقت في %1</translation>
    </message>
    <message>
        <source>Deal – %1</source>
        <translation>الصفقة – %1</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>صفقة جديدة</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>صفقة جديدة</translation>
    </message>
    <message>
        <source>Give the deal a title, so that it can be found again.</source>
        <translation>أعطِ الصفقة عنوانًا، ليتسنى العثور عليها لاحقًا.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code. Use three letters, such as EUR or USD.</source>
        <translation>«%1» ليس رمز عملة. استخدم ثلاثة أحرف، مثل EUR أو USD.</translation>
    </message>
    <message>
        <source>No contact is called “%1”. Type part of a name and pick the contact from the list, or clear the field.</source>
        <translation>لا توجد جهة اتصال باسم «%1». اكتب جزءًا من الاسم واختر جهة الاتصال من القائمة، أو امسح الحقل.</translation>
    </message>
    <message>
        <source>Choose why the deal was lost.</source>
        <translation>اختر سبب خسارة الصفقة.</translation>
    </message>
    <message>
        <source>The deal was not saved.</source>
        <translation>لم تُحفظ الصفقة.</translation>
    </message>
    <message>
        <source>Edit deal %1</source>
        <translation>تعديل الصفقة %1</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Close the editor and discard your changes to this deal?</source>
        <translation>هل تريد إغلاق المحرر وتجاهل التغييرات التي أجريتها على هذه الصفقة؟</translation>
    </message>
</context>
<context>
    <name>Kempt::DealReportChart</name>
    <message>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
</context>
<context>
    <name>Kempt::DealReportsView</name>
    <message>
        <source>Export PNG…</source>
        <translation>تصدير PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>التوقعات</translation>
    </message>
    <message>
        <source>Win Rate</source>
        <translation>معدل الفوز</translation>
    </message>
    <message>
        <source>Sales Cycle</source>
        <translation>دورة المبيعات</translation>
    </message>
    <message>
        <source>Time in Stage</source>
        <translation>الوقت في المرحلة</translation>
    </message>
    <message>
        <source>Won and Lost</source>
        <translation>الرابحة والخاسرة</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>حفظ المخطط كصورة PNG</translation>
    </message>
    <message>
        <source>Save the numbers as a CSV file for a spreadsheet</source>
        <translation>حفظ الأرقام كملف CSV لاستخدامها في جدول بيانات</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>مسار المبيعات (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>المالك (&amp;O):</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>الفترة (&amp;E):</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>كل مسارات المبيعات</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>كل المالكين</translation>
    </message>
    <message>
        <source>Open a workspace to see the reports of its deals.</source>
        <translation>افتح مساحة عمل لرؤية تقارير صفقاتها.</translation>
    </message>
    <message>
        <source>Amounts are in %1. Deals in %2 are counted but left out of the sums, as there are no exchange rates.</source>
        <translation>المبالغ بعملة %1. تُحتسب الصفقات بعملة %2 لكنها تُستبعد من المجاميع، لعدم وجود أسعار صرف.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>تصدير المخطط</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose a folder you can write to.</source>
        <translation>تتعذّر الكتابة إلى %1: %2. اختر مجلدًا لديك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Kempt::DealsPage</name>
    <message>
        <source>The pipeline the board shows</source>
        <translation>مسار المبيعات الذي تعرضه اللوحة</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>طرق العرض</translation>
    </message>
    <message>
        <source>Pipeline Settings…</source>
        <translation>إعدادات مسار المبيعات…</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>صفقة جديدة</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>مسار المبيعات (&amp;P):</translation>
    </message>
    <message>
        <source>All Deals</source>
        <translation>كل الصفقات</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>حفظ طريقة العرض (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Delete “%1”…</source>
        <translation>حذف «%1» (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Delete View…</source>
        <translation>حذف طريقة العرض (&amp;D)…</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>حفظ طريقة العرض</translation>
    </message>
    <message>
        <source>Name of the view of deals:</source>
        <translation>اسم طريقة عرض الصفقات:</translation>
    </message>
    <message>
        <source>A view named “%1” exists already. Replace it?</source>
        <translation>توجد بالفعل طريقة عرض باسم «%1». هل تريد استبدالها؟</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>حذف طريقة العرض</translation>
    </message>
    <message>
        <source>Delete the view “%1”? The deals it shows stay as they are.</source>
        <translation>هل تريد حذف طريقة العرض «%1»؟ ستبقى الصفقات التي تعرضها كما هي.</translation>
    </message>
</context>
<context>
    <name>Kempt::DuplicateActionDelegate</name>
    <message>
        <source>Import does</source>
        <translation>إجراء الاستيراد</translation>
    </message>
</context>
<context>
    <name>Kempt::DuplicateGroupModel</name>
    <message>
        <source>Contact %1</source>
        <translation>جهة الاتصال %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 و%Ln غيرها</numerusform>
            <numerusform>%1 وقيمة أخرى</numerusform>
            <numerusform>%1 وقيمتان أخريان</numerusform>
            <numerusform>%1 و%Ln قيم أخرى</numerusform>
            <numerusform>%1 و%Ln قيمة أخرى</numerusform>
            <numerusform>%1 و%Ln قيمة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>محتمل</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>لا تطابق</translation>
    </message>
    <message>
        <source>Skipped: listed after the groups not looked at yet.</source>
        <translation>متخطاة: تُدرج بعد المجموعات التي لم تُراجع بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 match, score %3, %Ln records</source>
        <translation>
            <numerusform>%1، تطابق %2، الدرجة %3، %Ln سجل</numerusform>
            <numerusform>%1، تطابق %2، الدرجة %3، سجل واحد</numerusform>
            <numerusform>%1، تطابق %2، الدرجة %3، سجلان</numerusform>
            <numerusform>%1، تطابق %2، الدرجة %3، %Ln سجلات</numerusform>
            <numerusform>%1، تطابق %2، الدرجة %3، %Ln سجلًا</numerusform>
            <numerusform>%1، تطابق %2، الدرجة %3، %Ln سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>التطابق</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Sure: the records agree so much that they are almost certainly one person.
Possible: they may be one person; have a look before merging.</source>
        <translation>مؤكد: تتوافق السجلات إلى حد يجعلها على الأرجح لشخص واحد.
محتمل: قد تكون لشخص واحد؛ راجعها قبل الدمج.</translation>
    </message>
    <message>
        <source>Match weight in bits of the weakest link in the group: every bit doubles the odds that the records are one person.</source>
        <translation>وزن التطابق بالبت لأضعف رابط في المجموعة: كل بت يضاعف أرجحية أن تكون السجلات لشخص واحد.</translation>
    </message>
    <message>
        <source>Records in the group</source>
        <translation>السجلات في المجموعة</translation>
    </message>
</context>
<context>
    <name>Kempt::DuplicateReviewPanel</name>
    <message>
        <source>Contact %1</source>
        <translation>جهة الاتصال %1</translation>
    </message>
    <message>
        <source>Up and Down choose a field; 1 to 9 keep the value of that record. The first row chooses the record that is kept.</source>
        <translation>يختار مفتاحا السهم لأعلى ولأسفل حقلًا؛ والمفاتيح من 1 إلى 9 تُبقي على قيمة السجل المقابل. يحدد الصف الأول السجل الذي يُحتفظ به.</translation>
    </message>
    <message>
        <source>E-mail addresses, phone numbers, profiles, tags, notes, activities and deals of every record are kept.</source>
        <translation>يُحتفظ بعناوين البريد الإلكتروني وأرقام الهاتف وملفات التعريف والوسوم والملاحظات والأنشطة والصفقات لكل السجلات.</translation>
    </message>
    <message>
        <source>The pair of records whose comparison is shown</source>
        <translation>زوج السجلات المعروضة مقارنته</translation>
    </message>
    <message>
        <source>Why they match</source>
        <translation>سبب التطابق</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two records of a pair</comment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>The records no longer match on any field.</source>
        <translation>لم تعد السجلات متطابقة في أي حقل.</translation>
    </message>
    <message>
        <source>Score in bits: the prior odds (%1) plus the weight of every field. Sure from %2 %, possible from %3 %.</source>
        <translation>الدرجة بالبت: الأرجحية المسبقة (%1) مضافًا إليها وزن كل حقل. مؤكد من %2 %، ومحتمل من %3 %.</translation>
    </message>
    <message>
        <source>Group %1 of %2</source>
        <translation>المجموعة %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln سجل</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%Ln سجلات</numerusform>
            <numerusform>%Ln سجلًا</numerusform>
            <numerusform>%Ln سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>الدرجة %1</translation>
    </message>
    <message>
        <source>no field differs</source>
        <translation>لا يختلف أي حقل</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field differs</source>
        <translation>
            <numerusform>يختلف %Ln حقل</numerusform>
            <numerusform>يختلف حقل واحد</numerusform>
            <numerusform>يختلف حقلان</numerusform>
            <numerusform>تختلف %Ln حقول</numerusform>
            <numerusform>يختلف %Ln حقلًا</numerusform>
            <numerusform>يختلف %Ln حقل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields differ</source>
        <translation>
            <numerusform>يختلف %Ln حقل</numerusform>
            <numerusform>يختلف حقل واحد</numerusform>
            <numerusform>يختلف حقلان</numerusform>
            <numerusform>تختلف %Ln حقول</numerusform>
            <numerusform>يختلف %Ln حقلًا</numerusform>
            <numerusform>يختلف %Ln حقل</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped before</source>
        <translation>تم تخطيها سابقًا</translation>
    </message>
</context>
<context>
    <name>Kempt::DuplicateSection</name>
    <message>
        <source>Keep the value of record %1 for the current field (on the first row: keep record %1)</source>
        <translation>الإبقاء على قيمة السجل %1 للحقل الحالي (في الصف الأول: الإبقاء على السجل %1)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Merge the records into the kept one, with the values chosen (M)</source>
        <translation>دمج السجلات في السجل المُبقى عليه، بالقيم المختارة (M)</translation>
    </message>
    <message>
        <source>Not a Duplicate</source>
        <translation>ليس مكررًا</translation>
    </message>
    <message>
        <source>Remember that these are different people; later scans keep them apart (N)</source>
        <translation>تذكُّر أن هؤلاء أشخاص مختلفون؛ تُبقيهم عمليات الفحص اللاحقة منفصلين (N)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطي</translation>
    </message>
    <message>
        <source>Decide later: the group moves to the end of the list (S)</source>
        <translation>القرار لاحقًا: تنتقل المجموعة إلى نهاية القائمة (S)</translation>
    </message>
    <message>
        <source>Next Group</source>
        <translation>المجموعة التالية</translation>
    </message>
    <message>
        <source>Next group (J)</source>
        <translation>المجموعة التالية (J)</translation>
    </message>
    <message>
        <source>Previous Group</source>
        <translation>المجموعة السابقة</translation>
    </message>
    <message>
        <source>Previous group (K)</source>
        <translation>المجموعة السابقة (K)</translation>
    </message>
    <message>
        <source>Keep Record %1</source>
        <translation>الإبقاء على السجل %1</translation>
    </message>
    <message>
        <source>Compare every contact with the others in the background; the groups found replace those of the last scan, and your decisions are kept.</source>
        <translation>مقارنة كل جهة اتصال بالأخريات في الخلفية؛ تحل المجموعات المكتشفة محل مجموعات الفحص الأخير، ويُحتفظ بقراراتك.</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <source>Stop the scan; the groups of the last scan stay as they are.</source>
        <translation>إيقاف الفحص؛ تبقى مجموعات الفحص الأخير كما هي.</translation>
    </message>
    <message>
        <source>The group is back for review.</source>
        <translation>عادت المجموعة للمراجعة.</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>لا توجد مساحة عمل مفتوحة</translation>
    </message>
    <message>
        <source>Open or create a workspace with the File menu to look for duplicate contacts.</source>
        <translation>افتح مساحة عمل أو أنشئها من قائمة ملف للبحث عن جهات الاتصال المكررة.</translation>
    </message>
    <message>
        <source>No scan yet</source>
        <translation>لم يُجرَ أي فحص بعد</translation>
    </message>
    <message>
        <source>A scan compares every contact with the others by name, e-mail, phone, company and address, and lists the records that look like one person, for you to merge or keep apart. It runs in the background; you can go on working.</source>
        <translation>يقارن الفحص كل جهة اتصال بالأخريات حسب الاسم والبريد الإلكتروني والهاتف والشركة والعنوان، ويسرد السجلات التي تبدو لشخص واحد، لتدمجها أو تُبقيها منفصلة. يعمل الفحص في الخلفية؛ ويمكنك مواصلة العمل.</translation>
    </message>
    <message>
        <source>No duplicates found</source>
        <translation>لم يُعثر على تكرارات</translation>
    </message>
    <message>
        <source>The scan of %1 compared %2 contacts and found none that look like one person. Scan again after adding or importing contacts.</source>
        <translation>قارن فحص %1 بين %2 من جهات الاتصال ولم يجد أيًا منها يبدو لشخص واحد. افحص مرة أخرى بعد إضافة جهات اتصال أو استيرادها.</translation>
    </message>
    <message>
        <source>All duplicate groups reviewed</source>
        <translation>تمت مراجعة كل مجموعات التكرار</translation>
    </message>
    <message>
        <source>Every group of the scan of %1 is merged or marked as different people. Scan again to look for new duplicates.</source>
        <translation>دُمجت كل مجموعات فحص %1 أو عُلّمت كأشخاص مختلفين. افحص مرة أخرى للبحث عن تكرارات جديدة.</translation>
    </message>
    <message>
        <source>Scan for Duplicates</source>
        <translation>فحص التكرارات</translation>
    </message>
    <message>
        <source>Scan Again</source>
        <translation>إعادة الفحص</translation>
    </message>
    <message numerus="yes">
        <source>Scan of %1 · %2 contacts compared · %Ln group to review</source>
        <translation>
            <numerusform>فحص %1 · جهات الاتصال المقارَنة: %2 · %Ln مجموعة للمراجعة</numerusform>
            <numerusform>فحص %1 · جهات الاتصال المقارَنة: %2 · مجموعة واحدة للمراجعة</numerusform>
            <numerusform>فحص %1 · جهات الاتصال المقارَنة: %2 · مجموعتان للمراجعة</numerusform>
            <numerusform>فحص %1 · جهات الاتصال المقارَنة: %2 · %Ln مجموعات للمراجعة</numerusform>
            <numerusform>فحص %1 · جهات الاتصال المقارَنة: %2 · %Ln مجموعة للمراجعة</numerusform>
            <numerusform>فحص %1 · جهات الاتصال المقارَنة: %2 · %Ln مجموعة للمراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan of %1 · %2 contacts compared · %Ln groups to review</source>
        <translation>
            <numerusform>فحص %1 · جهات الاتصال المقارَنة: %2 · %Ln مجموعة للمراجعة</numerusform>
            <numerusform>فحص %1 · جهات الاتصال المقارَنة: %2 · مجموعة واحدة للمراجعة</numerusform>
            <numerusform>فحص %1 · جهات الاتصال المقارَنة: %2 · مجموعتان للمراجعة</numerusform>
            <numerusform>فحص %1 · جهات الاتصال المقارَنة: %2 · %Ln مجموعات للمراجعة</numerusform>
            <numerusform>فحص %1 · جهات الاتصال المقارَنة: %2 · %Ln مجموعة للمراجعة</numerusform>
            <numerusform>فحص %1 · جهات الاتصال المقارَنة: %2 · %Ln مجموعة للمراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group</source>
        <translation>
            <numerusform>%Ln مجموعة</numerusform>
            <numerusform>مجموعة واحدة</numerusform>
            <numerusform>مجموعتان</numerusform>
            <numerusform>%Ln مجموعات</numerusform>
            <numerusform>%Ln مجموعة</numerusform>
            <numerusform>%Ln مجموعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln مجموعة</numerusform>
            <numerusform>مجموعة واحدة</numerusform>
            <numerusform>مجموعتان</numerusform>
            <numerusform>%Ln مجموعات</numerusform>
            <numerusform>%Ln مجموعة</numerusform>
            <numerusform>%Ln مجموعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sure</source>
        <translation>
            <numerusform>مؤكدة: %Ln</numerusform>
            <numerusform>مؤكدة: %Ln</numerusform>
            <numerusform>مؤكدة: %Ln</numerusform>
            <numerusform>مؤكدة: %Ln</numerusform>
            <numerusform>مؤكدة: %Ln</numerusform>
            <numerusform>مؤكدة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible</source>
        <translation>
            <numerusform>محتملة: %Ln</numerusform>
            <numerusform>محتملة: %Ln</numerusform>
            <numerusform>محتملة: %Ln</numerusform>
            <numerusform>محتملة: %Ln</numerusform>
            <numerusform>محتملة: %Ln</numerusform>
            <numerusform>محتملة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>متخطاة: %Ln</numerusform>
            <numerusform>متخطاة: %Ln</numerusform>
            <numerusform>متخطاة: %Ln</numerusform>
            <numerusform>متخطاة: %Ln</numerusform>
            <numerusform>متخطاة: %Ln</numerusform>
            <numerusform>متخطاة: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Many grouped contacts changed since this scan, so its groups may be out of date. Scan again for current groups.</source>
        <translation>تغيّرت جهات اتصال كثيرة ضمن المجموعات منذ هذا الفحص، لذا قد تكون مجموعاته قديمة. افحص مرة أخرى للحصول على المجموعات الحالية.</translation>
    </message>
    <message>
        <source>%1 %2 next / previous group · %3 %4 field · %5 keep that record&apos;s value · %6 merge · %7 not a duplicate · %8 skip · %9 undo</source>
        <translation>%1 %2 المجموعة التالية / السابقة · %3 %4 الحقل · %5 الإبقاء على قيمة ذلك السجل · %6 دمج · %7 ليس مكررًا · %8 تخطي · %9 تراجع</translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln records into %1. Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>دُمج %Ln سجل في %1. يعيدها الأمر تحرير ◂ تراجع.</numerusform>
            <numerusform>دُمج سجل واحد في %1. يعيده الأمر تحرير ◂ تراجع.</numerusform>
            <numerusform>دُمج سجلان في %1. يعيدهما الأمر تحرير ◂ تراجع.</numerusform>
            <numerusform>دُمجت %Ln سجلات في %1. يعيدها الأمر تحرير ◂ تراجع.</numerusform>
            <numerusform>دُمج %Ln سجلًا في %1. يعيدها الأمر تحرير ◂ تراجع.</numerusform>
            <numerusform>دُمج %Ln سجل في %1. يعيدها الأمر تحرير ◂ تراجع.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: remembered as different people; later scans keep them apart.</source>
        <translation>%1: تم تذكُّر أنهم أشخاص مختلفون؛ تُبقيهم عمليات الفحص اللاحقة منفصلين.</translation>
    </message>
    <message>
        <source>Skipped %1; it waits at the end of the list.</source>
        <translation>تم تخطي %1؛ وهي تنتظر في نهاية القائمة.</translation>
    </message>
    <message>
        <source>Scanning for duplicates… %1 %</source>
        <translation>جارٍ فحص التكرارات… %1 %</translation>
    </message>
    <message>
        <source>Scanning for duplicates…</source>
        <translation>جارٍ فحص التكرارات…</translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln duplicate group among %1 contacts.</source>
        <translation>
            <numerusform>عُثر على %Ln مجموعة تكرار بين %1 من جهات الاتصال.</numerusform>
            <numerusform>عُثر على مجموعة تكرار واحدة بين %1 من جهات الاتصال.</numerusform>
            <numerusform>عُثر على مجموعتي تكرار بين %1 من جهات الاتصال.</numerusform>
            <numerusform>عُثر على %Ln مجموعات تكرار بين %1 من جهات الاتصال.</numerusform>
            <numerusform>عُثر على %Ln مجموعة تكرار بين %1 من جهات الاتصال.</numerusform>
            <numerusform>عُثر على %Ln مجموعة تكرار بين %1 من جهات الاتصال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln duplicate groups among %1 contacts.</source>
        <translation>
            <numerusform>عُثر على %Ln مجموعة تكرار بين %1 من جهات الاتصال.</numerusform>
            <numerusform>عُثر على مجموعة تكرار واحدة بين %1 من جهات الاتصال.</numerusform>
            <numerusform>عُثر على مجموعتي تكرار بين %1 من جهات الاتصال.</numerusform>
            <numerusform>عُثر على %Ln مجموعات تكرار بين %1 من جهات الاتصال.</numerusform>
            <numerusform>عُثر على %Ln مجموعة تكرار بين %1 من جهات الاتصال.</numerusform>
            <numerusform>عُثر على %Ln مجموعة تكرار بين %1 من جهات الاتصال.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kempt::DuplicateWarning</name>
    <message>
        <source>Open It</source>
        <translation>فتحها</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>الحفظ على أي حال</translation>
    </message>
    <message>
        <source>Open the contact already in the workspace, on top of this one</source>
        <translation>فتح جهة الاتصال الموجودة بالفعل في مساحة العمل، فوق هذه</translation>
    </message>
    <message>
        <source>Save this contact and merge it with the one already in the workspace; Edit ▸ Undo takes it back</source>
        <translation>حفظ جهة الاتصال هذه ودمجها مع الموجودة بالفعل في مساحة العمل؛ يتراجع عن ذلك الأمر تحرير ◂ تراجع</translation>
    </message>
    <message>
        <source>Save this contact as a record of its own</source>
        <translation>حفظ جهة الاتصال هذه كسجل مستقل</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>جهة الاتصال %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible duplicate of %1&lt;/b&gt; (%2).</source>
        <translation>&lt;b&gt;تكرار محتمل لـ%1&lt;/b&gt; (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other contact looks alike too.</source>
        <translation>
            <numerusform>تتشابه معها %Ln جهة اتصال أخرى أيضًا.</numerusform>
            <numerusform>تتشابه معها جهة اتصال أخرى أيضًا.</numerusform>
            <numerusform>تتشابه معها جهتا اتصال أخريان أيضًا.</numerusform>
            <numerusform>تتشابه معها %Ln جهات اتصال أخرى أيضًا.</numerusform>
            <numerusform>تتشابه معها %Ln جهة اتصال أخرى أيضًا.</numerusform>
            <numerusform>تتشابه معها %Ln جهة اتصال أخرى أيضًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other contacts look alike too.</source>
        <translation>
            <numerusform>تتشابه معها %Ln جهة اتصال أخرى أيضًا.</numerusform>
            <numerusform>تتشابه معها جهة اتصال أخرى أيضًا.</numerusform>
            <numerusform>تتشابه معها جهتا اتصال أخريان أيضًا.</numerusform>
            <numerusform>تتشابه معها %Ln جهات اتصال أخرى أيضًا.</numerusform>
            <numerusform>تتشابه معها %Ln جهة اتصال أخرى أيضًا.</numerusform>
            <numerusform>تتشابه معها %Ln جهة اتصال أخرى أيضًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also like: %1</source>
        <translation>تشبه أيضًا: %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>اسم مشابه</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>عنوان البريد الإلكتروني نفسه</translation>
    </message>
    <message>
        <source>similar e-mail address</source>
        <translation>عنوان بريد إلكتروني مشابه</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>رقم الهاتف نفسه</translation>
    </message>
    <message>
        <source>almost the same phone number</source>
        <translation>رقم هاتف شبه مطابق</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>الشركة نفسها</translation>
    </message>
    <message>
        <source>similar company</source>
        <translation>شركة مشابهة</translation>
    </message>
    <message>
        <source>same birthday</source>
        <translation>تاريخ الميلاد نفسه</translation>
    </message>
    <message>
        <source>nearly the same birthday</source>
        <translation>تاريخ ميلاد شبه مطابق</translation>
    </message>
    <message>
        <source>same street address</source>
        <translation>عنوان الشارع نفسه</translation>
    </message>
    <message>
        <source>similar details</source>
        <translation>تفاصيل مشابهة</translation>
    </message>
</context>
<context>
    <name>Kempt::ExportDialog</name>
    <message>
        <source>Every record of the current view: %1</source>
        <translation>كل سجلات طريقة العرض الحالية: %1</translation>
    </message>
    <message>
        <source>Only the selected records: %1</source>
        <translation>السجلات المحددة فقط: %1</translation>
    </message>
    <message>
        <source>Start with a byte order mark, so that Excel on Windows reads the accents right</source>
        <translation>البدء بعلامة ترتيب البايتات، ليقرأ Excel على Windows الأحرف الخاصة بشكل صحيح</translation>
    </message>
    <message>
        <source>Export Companies</source>
        <translation>تصدير الشركات</translation>
    </message>
    <message>
        <source>Export Deals</source>
        <translation>تصدير الصفقات</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>تصدير جهات الاتصال</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>CSV (comma-separated text, for any spreadsheet or CRM)</source>
        <translation>CSV (نص مفصول بفواصل، لأي جدول بيانات أو نظام CRM)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel (.xlsx)</translation>
    </message>
    <message>
        <source>vCard 3.0 (address books: Apple, Google, Outlook)</source>
        <translation>vCard 3.0 (دفاتر العناوين: Apple وGoogle وOutlook)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>Only contacts and companies can be exported to Excel.</source>
        <translation>يمكن تصدير جهات الاتصال والشركات فقط إلى Excel.</translation>
    </message>
    <message>
        <source>Only contacts can be exported as vCards.</source>
        <translation>يمكن تصدير جهات الاتصال فقط كبطاقات vCard.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تصدير (&amp;E)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>مصنفات Excel (*.xlsx);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf);;All files (*)</source>
        <translation>ملفات vCard (*.vcf);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose another file name for the export.</source>
        <translation>%1 هو ملف مساحة العمل نفسه؛ اختر اسم ملف آخر للتصدير.</translation>
    </message>
    <message>
        <source>Writing %1 to %2…</source>
        <translation>جارٍ كتابة %1 إلى %2…</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>تم تصدير %1 إلى %2.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>Kempt::FieldValueEditor</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Leave empty to clear %1</source>
        <translation>اتركه فارغًا لمسح %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>Kempt::FixPreviewDialog</name>
    <message>
        <source>Apply Fixes</source>
        <translation>تطبيق الإصلاحات</translation>
    </message>
    <message>
        <source>Working out what the fix would change…</source>
        <translation>جارٍ حساب ما سيغيّره الإصلاح…</translation>
    </message>
    <message>
        <source>&amp;Apply Fixes</source>
        <translation>تطبيق الإصلاحات (&amp;A)</translation>
    </message>
    <message>
        <source>The fixes are applied as one change: a single Undo takes all of them back.</source>
        <translation>تُطبَّق الإصلاحات كتغيير واحد: يكفي تراجع واحد لإلغائها جميعًا.</translation>
    </message>
    <message>
        <source>Nothing to change: every value already follows this rule.</source>
        <translation>لا يوجد ما يُغيَّر: جميع القيم تتبع هذه القاعدة بالفعل.</translation>
    </message>
    <message>
        <source>The fix changes %1. Examples:</source>
        <translation>يغيّر الإصلاح %1. أمثلة:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Working out what the fix would change… %1 of %2 records</source>
        <translation>جارٍ حساب ما سيغيّره الإصلاح… %1 من %2 سجل</translation>
    </message>
    <message>
        <source>Stop working out the fixes and close; nothing is changed.</source>
        <translation>إيقاف حساب الإصلاحات والإغلاق؛ لن يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>Kempt::FixSampleModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Phone (E.164)</source>
        <translation>الهاتف (E.164)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(أُزيل)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportCleanupPage</name>
    <message>
        <source>&amp;Apply the style guide&apos;s fixes (recommended)</source>
        <translation>تطبيق إصلاحات دليل الأسلوب (مستحسن) (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keep the values as the file has them; the issues are still listed on the dashboard</source>
        <translation>الإبقاء على القيم كما هي في الملف؛ مع استمرار إدراج المشكلات في لوحة المعلومات (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Reject rows with errors the style guide blocks saving for</source>
        <translation>رفض الصفوف التي تحتوي على أخطاء يمنع دليل الأسلوب حفظها بسببها (&amp;R)</translation>
    </message>
    <message>
        <source>Show only rows that change or have issues</source>
        <translation>إظهار الصفوف التي تتغير أو بها مشكلات فقط</translation>
    </message>
    <message>
        <source>Clean Up</source>
        <translation>التنظيف</translation>
    </message>
    <message>
        <source>Every row goes through the workspace&apos;s style guide. Struck-through values are what the file says; beside them is what will be stored.</source>
        <translation>يمر كل صف عبر دليل الأسلوب الخاص بمساحة العمل. القيم المشطوبة هي ما يذكره الملف؛ وبجانبها ما سيُخزَّن.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>The style guide has nothing to correct.</source>
        <translation>ليس لدى دليل الأسلوب ما يصححه.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row</source>
        <translation>
            <numerusform>%Ln صف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%Ln صفوف</numerusform>
            <numerusform>%Ln صفًا</numerusform>
            <numerusform>%Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln صف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%Ln صفوف</numerusform>
            <numerusform>%Ln صفًا</numerusform>
            <numerusform>%Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows</source>
        <translation>
            <numerusform>أول %Ln صف</numerusform>
            <numerusform>الصف الأول</numerusform>
            <numerusform>أول صفين</numerusform>
            <numerusform>أول %Ln صفوف</numerusform>
            <numerusform>أول %Ln صفًا</numerusform>
            <numerusform>أول %Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value fixed</source>
        <translation>
            <numerusform>%Ln قيمة مُصلَحة</numerusform>
            <numerusform>قيمة واحدة مُصلَحة</numerusform>
            <numerusform>قيمتان مُصلَحتان</numerusform>
            <numerusform>%Ln قيم مُصلَحة</numerusform>
            <numerusform>%Ln قيمة مُصلَحة</numerusform>
            <numerusform>%Ln قيمة مُصلَحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values fixed</source>
        <translation>
            <numerusform>%Ln قيمة مُصلَحة</numerusform>
            <numerusform>قيمة واحدة مُصلَحة</numerusform>
            <numerusform>قيمتان مُصلَحتان</numerusform>
            <numerusform>%Ln قيم مُصلَحة</numerusform>
            <numerusform>%Ln قيمة مُصلَحة</numerusform>
            <numerusform>%Ln قيمة مُصلَحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with warnings</source>
        <translation>
            <numerusform>بها تحذيرات: %Ln</numerusform>
            <numerusform>بها تحذيرات: %Ln</numerusform>
            <numerusform>بها تحذيرات: %Ln</numerusform>
            <numerusform>بها تحذيرات: %Ln</numerusform>
            <numerusform>بها تحذيرات: %Ln</numerusform>
            <numerusform>بها تحذيرات: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with errors</source>
        <translation>
            <numerusform>بها أخطاء: %Ln</numerusform>
            <numerusform>بها أخطاء: %Ln</numerusform>
            <numerusform>بها أخطاء: %Ln</numerusform>
            <numerusform>بها أخطاء: %Ln</numerusform>
            <numerusform>بها أخطاء: %Ln</numerusform>
            <numerusform>بها أخطاء: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>المرفوضة: %Ln</numerusform>
            <numerusform>المرفوضة: %Ln</numerusform>
            <numerusform>المرفوضة: %Ln</numerusform>
            <numerusform>المرفوضة: %Ln</numerusform>
            <numerusform>المرفوضة: %Ln</numerusform>
            <numerusform>المرفوضة: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kempt::ImportDuplicateModel</name>
    <message>
        <source>Every row becomes a contact of its own.</source>
        <translation>يصبح كل صف جهة اتصال مستقلة.</translation>
    </message>
    <message>
        <source>No row is imported; %1 stays as it is.</source>
        <translation>لا يُستورد أي صف؛ ويبقى %1 على حاله.</translation>
    </message>
    <message>
        <source>The first row is imported, the others are not.</source>
        <translation>يُستورد الصف الأول، ولا تُستورد الصفوف الأخرى.</translation>
    </message>
    <message>
        <source>The rows fill the empty fields of %1 and add the e-mail addresses, phone numbers and tags it lacks.</source>
        <translation>تملأ الصفوف الحقول الفارغة في %1 وتضيف عناوين البريد الإلكتروني وأرقام الهاتف والوسوم التي تنقصه.</translation>
    </message>
    <message>
        <source>The first row is imported; the others fill its empty fields.</source>
        <translation>يُستورد الصف الأول؛ وتملأ الصفوف الأخرى حقوله الفارغة.</translation>
    </message>
    <message>
        <source>The file&apos;s values replace those of %1; nothing is emptied or dropped.</source>
        <translation>تحل قيم الملف محل قيم %1؛ دون إفراغ أو حذف أي شيء.</translation>
    </message>
    <message>
        <source>The first row is imported; later rows replace its values.</source>
        <translation>يُستورد الصف الأول؛ وتحل قيم الصفوف اللاحقة محل قيمه.</translation>
    </message>
    <message>
        <source>The rows are imported and merged into %1, with a merge history that can be unmerged.</source>
        <translation>تُستورد الصفوف وتُدمج في %1، مع سجل دمج يتيح إلغاء الدمج.</translation>
    </message>
    <message>
        <source>The rows are imported and merged into one contact.</source>
        <translation>تُستورد الصفوف وتُدمج في جهة اتصال واحدة.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
    <message>
        <source>Only in the file</source>
        <translation>في الملف فقط</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 و%Ln غيره</numerusform>
            <numerusform>%1 وآخر</numerusform>
            <numerusform>%1 وآخران</numerusform>
            <numerusform>%1 و%Ln آخرون</numerusform>
            <numerusform>%1 و%Ln غيره</numerusform>
            <numerusform>%1 و%Ln غيره</numerusform>
        </translation>
    </message>
    <message>
        <source>Sure · %1 %</source>
        <translation>مؤكد · %1 %</translation>
    </message>
    <message>
        <source>Possible · %1 %</source>
        <translation>محتمل · %1 %</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>صفوف الملف</translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation>جهة الاتصال الموجودة</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>التطابق</translation>
    </message>
    <message>
        <source>Import does</source>
        <translation>إجراء الاستيراد</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportDuplicatesPage</name>
    <message>
        <source>Duplicates</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <source>Rows that are the same person as a contact you already have, or as another row of the file. Choose what the import does with each group.</source>
        <translation>صفوف تمثل الشخص نفسه الذي تمثله جهة اتصال لديك بالفعل، أو صف آخر في الملف. اختر ما يفعله الاستيراد بكل مجموعة.</translation>
    </message>
    <message>
        <source>&amp;For every group:</source>
        <translation>لكل مجموعة (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>السبب (&amp;W):</translation>
    </message>
    <message>
        <source>Looking for rows that are already in the workspace or appear twice in the file…</source>
        <translation>جارٍ البحث عن الصفوف الموجودة بالفعل في مساحة العمل أو المكررة في الملف…</translation>
    </message>
    <message>
        <source>Duplicates could not be looked for: %1 Every row will become a new contact.</source>
        <translation>تعذّر البحث عن التكرارات: %1 سيصبح كل صف جهة اتصال جديدة.</translation>
    </message>
    <message>
        <source>No duplicates: every row is someone new.</source>
        <translation>لا توجد تكرارات: كل صف يمثل شخصًا جديدًا.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group of duplicates</source>
        <translation>
            <numerusform>%Ln مجموعة تكرار</numerusform>
            <numerusform>مجموعة تكرار واحدة</numerusform>
            <numerusform>مجموعتا تكرار</numerusform>
            <numerusform>%Ln مجموعات تكرار</numerusform>
            <numerusform>%Ln مجموعة تكرار</numerusform>
            <numerusform>%Ln مجموعة تكرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups of duplicates</source>
        <translation>
            <numerusform>%Ln مجموعة تكرار</numerusform>
            <numerusform>مجموعة تكرار واحدة</numerusform>
            <numerusform>مجموعتا تكرار</numerusform>
            <numerusform>%Ln مجموعات تكرار</numerusform>
            <numerusform>%Ln مجموعة تكرار</numerusform>
            <numerusform>%Ln مجموعة تكرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches a contact you already have</source>
        <translation>
            <numerusform>%Ln منها تطابق جهات اتصال لديك بالفعل</numerusform>
            <numerusform>واحدة منها تطابق جهة اتصال لديك بالفعل</numerusform>
            <numerusform>اثنتان منها تطابقان جهات اتصال لديك بالفعل</numerusform>
            <numerusform>%Ln منها تطابق جهات اتصال لديك بالفعل</numerusform>
            <numerusform>%Ln منها تطابق جهات اتصال لديك بالفعل</numerusform>
            <numerusform>%Ln منها تطابق جهات اتصال لديك بالفعل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match contacts you already have</source>
        <translation>
            <numerusform>%Ln منها تطابق جهات اتصال لديك بالفعل</numerusform>
            <numerusform>واحدة منها تطابق جهة اتصال لديك بالفعل</numerusform>
            <numerusform>اثنتان منها تطابقان جهات اتصال لديك بالفعل</numerusform>
            <numerusform>%Ln منها تطابق جهات اتصال لديك بالفعل</numerusform>
            <numerusform>%Ln منها تطابق جهات اتصال لديك بالفعل</numerusform>
            <numerusform>%Ln منها تطابق جهات اتصال لديك بالفعل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln is only in the file.</source>
        <translation>
            <numerusform>%Ln منها في الملف فقط.</numerusform>
            <numerusform>واحدة منها في الملف فقط.</numerusform>
            <numerusform>اثنتان منها في الملف فقط.</numerusform>
            <numerusform>%Ln منها في الملف فقط.</numerusform>
            <numerusform>%Ln منها في الملف فقط.</numerusform>
            <numerusform>%Ln منها في الملف فقط.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are only in the file.</source>
        <translation>
            <numerusform>%Ln منها في الملف فقط.</numerusform>
            <numerusform>واحدة منها في الملف فقط.</numerusform>
            <numerusform>اثنتان منها في الملف فقط.</numerusform>
            <numerusform>%Ln منها في الملف فقط.</numerusform>
            <numerusform>%Ln منها في الملف فقط.</numerusform>
            <numerusform>%Ln منها في الملف فقط.</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>الصف %1 (%2)</translation>
    </message>
    <message>
        <source>%1, already in the workspace</source>
        <translation>%1، موجود بالفعل في مساحة العمل</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 و%2: %3</translation>
    </message>
    <message>
        <source>Recommended: sure matches fill empty fields, possible ones are new</source>
        <translation>الموصى به: التطابقات المؤكدة تملأ الحقول الفارغة، والمحتملة تُنشأ جديدة</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض (&amp;B)…</translation>
    </message>
    <message>
        <source>Found in the file</source>
        <translation>ما وُجد في الملف</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>اختيار ملف</translation>
    </message>
    <message>
        <source>Contacts come in from CSV or other delimited text, Excel (.xlsx), OpenDocument (.ods) or vCard (.vcf) files. You can also drop the file here.</source>
        <translation>تُستورد جهات الاتصال من ملفات CSV أو غيرها من النصوص ذات الفواصل، أو Excel (.xlsx)، أو OpenDocument (.ods)، أو vCard (.vcf). يمكنك أيضًا إفلات الملف هنا.</translation>
    </message>
    <message>
        <source>The file with the contacts</source>
        <translation>الملف الذي يحتوي على جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>الملف (&amp;F):</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <source>Contact files (%1);;All files (*)</source>
        <translation>ملفات جهات الاتصال (%1);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>التنسيق:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>الترميز:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>الفاصل:</translation>
    </message>
    <message>
        <source>Sheets:</source>
        <translation>الأوراق:</translation>
    </message>
    <message>
        <source>%1; reading “%2”</source>
        <translation>%1؛ تُقرأ «%2»</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>رؤوس الأعمدة:</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
    <message>
        <source>None; the columns are numbered</source>
        <translation>لا يوجد؛ الأعمدة مرقّمة</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>الصفوف:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row of data</source>
        <translation>
            <numerusform>%Ln صف من البيانات</numerusform>
            <numerusform>صف واحد من البيانات</numerusform>
            <numerusform>صفان من البيانات</numerusform>
            <numerusform>%Ln صفوف من البيانات</numerusform>
            <numerusform>%Ln صفًا من البيانات</numerusform>
            <numerusform>%Ln صف من البيانات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows of data</source>
        <translation>
            <numerusform>%Ln صف من البيانات</numerusform>
            <numerusform>صف واحد من البيانات</numerusform>
            <numerusform>صفان من البيانات</numerusform>
            <numerusform>%Ln صفوف من البيانات</numerusform>
            <numerusform>%Ln صفًا من البيانات</numerusform>
            <numerusform>%Ln صف من البيانات</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 rows of data</source>
        <translation>أكثر من %1 صف من البيانات</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportFormatPage</name>
    <message>
        <source>Check How the File Is Read</source>
        <translation>التحقق من طريقة قراءة الملف</translation>
    </message>
    <message>
        <source>Kempt found these settings by itself. If the rows below look wrong (odd letters, everything in one column, headers among the data), change them.</source>
        <translation>وجد Kempt هذه الإعدادات بنفسه. إذا بدت الصفوف أدناه خاطئة (أحرف غريبة، أو كل شيء في عمود واحد، أو رؤوس أعمدة بين البيانات)، فغيّرها.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>الترميز (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>الفاصل (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>الورقة (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Headers in:</source>
        <translation>رؤوس الأعمدة في (&amp;H):</translation>
    </message>
    <message>
        <source>Detect (found: %1)</source>
        <translation>اكتشاف تلقائي (المُكتشف: %1)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <source>Detect (found: row %1)</source>
        <translation>اكتشاف تلقائي (المُكتشف: الصف %1)</translation>
    </message>
    <message>
        <source>Detect (found: none)</source>
        <translation>اكتشاف تلقائي (المُكتشف: لا يوجد)</translation>
    </message>
    <message>
        <source>No header row: the first row is data</source>
        <translation>لا يوجد صف رؤوس أعمدة: الصف الأول بيانات</translation>
    </message>
    <message>
        <source>Row %1 of the rows with values</source>
        <translation>الصف %1 من الصفوف ذات القيم</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportHistoryDialog</name>
    <message>
        <source>Nothing was imported into this workspace yet. File ▸ Import… brings contacts in from a CSV, Excel, OpenDocument or vCard file.</source>
        <translation>لم يُستورد أي شيء إلى مساحة العمل هذه بعد. يجلب الأمر ملف ◂ استيراد… جهات الاتصال من ملف CSV أو Excel أو OpenDocument أو vCard.</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>التراجع عن هذا الاستيراد (&amp;U)</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>سجل الاستيراد</translation>
    </message>
    <message>
        <source>Removes the contacts the import created and gives the records it changed their old values back. Edit ▸ Redo brings the import back.</source>
        <translation>يزيل جهات الاتصال التي أنشأها الاستيراد ويعيد إلى السجلات التي غيّرها قيمها القديمة. يعيد الأمر تحرير ◂ إعادة الاستيراد.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>التراجع عن الاستيراد</translation>
    </message>
    <message>
        <source>Undo the import of %1? The contacts it created (%2) are removed and the records it changed get their old values back. Edit ▸ Redo brings the import back.</source>
        <translation>هل تريد التراجع عن استيراد %1؟ ستُزال جهات الاتصال التي أنشأها (%2) وتستعيد السجلات التي غيّرها قيمها القديمة. يعيد الأمر تحرير ◂ إعادة الاستيراد.</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportHistoryModel</name>
    <message>
        <source>Imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>تم التراجع عنه</translation>
    </message>
    <message>
        <source>Did not finish</source>
        <translation>لم يكتمل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Import %1 of %2 on %3: %4</source>
        <translation>الاستيراد %1 لـ%2 في %3: %4</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>تاريخ التحديث</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>المدموجة</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>المتخطاة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>المرفوضة</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportMappingModel</name>
    <message>
        <source>Do not import</source>
        <translation>عدم الاستيراد</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>مخصص: %1</translation>
    </message>
    <message>
        <source>New custom field: %1</source>
        <translation>حقل مخصص جديد: %1</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>E-mail: its label</source>
        <translation>البريد الإلكتروني: تسميته</translation>
    </message>
    <message>
        <source>Phone: its label</source>
        <translation>الهاتف: تسميته</translation>
    </message>
    <message>
        <source>Birthday: year</source>
        <translation>تاريخ الميلاد: السنة</translation>
    </message>
    <message>
        <source>Birthday: month</source>
        <translation>تاريخ الميلاد: الشهر</translation>
    </message>
    <message>
        <source>Birthday: day</source>
        <translation>تاريخ الميلاد: اليوم</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>لا يُستورد.</translation>
    </message>
    <message>
        <source>Goes into the custom field %1.</source>
        <translation>يُخزَّن في الحقل المخصص %1.</translation>
    </message>
    <message>
        <source>The import creates the text field %1.</source>
        <translation>يُنشئ الاستيراد الحقل النصي %1.</translation>
    </message>
    <message>
        <source>Work, home or other: the label of the e-mail address beside it.</source>
        <translation>العمل أو المنزل أو أخرى: تسمية عنوان البريد الإلكتروني المجاور.</translation>
    </message>
    <message>
        <source>Work, home, mobile or other: the label of the phone number beside it.</source>
        <translation>العمل أو المنزل أو الجوال أو أخرى: تسمية رقم الهاتف المجاور.</translation>
    </message>
    <message>
        <source>Put together with the other parts of the birthday.</source>
        <translation>يُجمع مع أجزاء تاريخ الميلاد الأخرى.</translation>
    </message>
    <message>
        <source>Becomes a note on the contact.</source>
        <translation>يصبح ملاحظة على جهة الاتصال.</translation>
    </message>
    <message>
        <source>Becomes a note on the contact, with %1.</source>
        <translation>يصبح ملاحظة على جهة الاتصال، مع %1.</translation>
    </message>
    <message>
        <source>Split into salutation, first, middle and last name.</source>
        <translation>يُقسَّم إلى اللقب والاسم الأول والاسم الأوسط واسم العائلة.</translation>
    </message>
    <message>
        <source>Tags separated by commas or semicolons.</source>
        <translation>وسوم مفصولة بفواصل أو فواصل منقوطة.</translation>
    </message>
    <message>
        <source>Kept as separate values together with %1.</source>
        <translation>يُحتفظ به كقيم منفصلة مع %1.</translation>
    </message>
    <message>
        <source>Joined with %1 into one value.</source>
        <translation>يُضم مع %1 في قيمة واحدة.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>القيم</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>يُستورد إلى</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportMappingPage</name>
    <message>
        <source>&amp;Save as Profile…</source>
        <translation>حفظ كملف تعيين (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>حذف ملف التعيين (&amp;D)</translation>
    </message>
    <message>
        <source>Match the Columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>Each column of the file goes into a field of the contact, or is left out. Kempt matched them by their headers; change any of them below.</source>
        <translation>يُستورد كل عمود في الملف إلى حقل من حقول جهة الاتصال، أو يُستبعد. طابقها Kempt حسب رؤوس أعمدتها؛ غيّر أيًا منها أدناه.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>ملف التعيين (&amp;P):</translation>
    </message>
    <message>
        <source>Matched by the headers</source>
        <translation>مطابقة حسب رؤوس الأعمدة</translation>
    </message>
    <message>
        <source>The profile “%1” is gone.</source>
        <translation>لم يعد ملف التعيين «%1» موجودًا.</translation>
    </message>
    <message>
        <source>Matched with the profile “%1”, saved for files with these headers.</source>
        <translation>مطابقة باستخدام ملف التعيين «%1»، المحفوظ للملفات ذات رؤوس الأعمدة هذه.</translation>
    </message>
    <message>
        <source>Save Mapping Profile</source>
        <translation>حفظ ملف التعيين</translation>
    </message>
    <message>
        <source>Name of the profile (offered again for files with these headers):</source>
        <translation>اسم ملف التعيين (يُقترح مجددًا للملفات ذات رؤوس الأعمدة هذه):</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already. Replace it?</source>
        <translation>يوجد بالفعل ملف تعيين باسم «%1». هل تريد استبداله؟</translation>
    </message>
    <message>
        <source>Saved as “%1”. Files with these headers will be matched the same way.</source>
        <translation>حُفظ باسم «%1». ستُطابق الملفات ذات رؤوس الأعمدة هذه بالطريقة نفسها.</translation>
    </message>
    <message>
        <source>Delete Mapping Profile</source>
        <translation>حذف ملف التعيين</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? The columns stay matched as they are now.</source>
        <translation>هل تريد حذف ملف التعيين «%1»؟ ستبقى الأعمدة مطابقة كما هي الآن.</translation>
    </message>
    <message>
        <source>The one column is imported.</source>
        <translation>يُستورد العمود الوحيد.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln columns are imported.</source>
        <translation>
            <numerusform>يُستورد %1 من %Ln عمود.</numerusform>
            <numerusform>يُستورد %1 من عمود واحد.</numerusform>
            <numerusform>يُستورد %1 من عمودين.</numerusform>
            <numerusform>يُستورد %1 من %Ln أعمدة.</numerusform>
            <numerusform>يُستورد %1 من %Ln عمودًا.</numerusform>
            <numerusform>يُستورد %1 من %Ln عمود.</numerusform>
        </translation>
    </message>
    <message>
        <source>No column goes into a contact field yet. Choose a field for the column that holds the names or e-mail addresses.</source>
        <translation>لا يُستورد أي عمود إلى حقل من حقول جهة الاتصال بعد. اختر حقلًا للعمود الذي يحتوي على الأسماء أو عناوين البريد الإلكتروني.</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportPreviewModel</name>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fixed</source>
        <translation>
            <numerusform>%Ln قيمة مُصلَحة</numerusform>
            <numerusform>قيمة واحدة مُصلَحة</numerusform>
            <numerusform>قيمتان مُصلَحتان</numerusform>
            <numerusform>%Ln قيم مُصلَحة</numerusform>
            <numerusform>%Ln قيمة مُصلَحة</numerusform>
            <numerusform>%Ln قيمة مُصلَحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Row %1 will not be imported: %2</source>
        <translation>لن يُستورد الصف %1: %2</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>في الملف: %1</translation>
    </message>
    <message>
        <source>Stored as: %1</source>
        <translation>يُخزَّن بالشكل: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error</source>
        <translation>
            <numerusform>%Ln خطأ</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%Ln أخطاء</numerusform>
            <numerusform>%Ln خطأً</numerusform>
            <numerusform>%Ln خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln خطأ</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%Ln أخطاء</numerusform>
            <numerusform>%Ln خطأً</numerusform>
            <numerusform>%Ln خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning</source>
        <translation>
            <numerusform>%Ln تحذير</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%Ln تحذيرات</numerusform>
            <numerusform>%Ln تحذيرًا</numerusform>
            <numerusform>%Ln تحذير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln تحذير</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%Ln تحذيرات</numerusform>
            <numerusform>%Ln تحذيرًا</numerusform>
            <numerusform>%Ln تحذير</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportProgressPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>إلغاء الاستيراد (&amp;C)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>Stops the import; the workspace stays exactly as it was before.</source>
        <translation>يوقف الاستيراد؛ وتبقى مساحة العمل كما كانت قبله تمامًا.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>%1 goes into %2 as one change that can be undone.</source>
        <translation>يُستورد %1 إلى %2 كتغيير واحد يمكن التراجع عنه.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row read</source>
        <translation>
            <numerusform>قُرئ %Ln صف</numerusform>
            <numerusform>قُرئ صف واحد</numerusform>
            <numerusform>قُرئ صفان</numerusform>
            <numerusform>قُرئت %Ln صفوف</numerusform>
            <numerusform>قُرئ %Ln صفًا</numerusform>
            <numerusform>قُرئ %Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows read</source>
        <translation>
            <numerusform>قُرئ %Ln صف</numerusform>
            <numerusform>قُرئ صف واحد</numerusform>
            <numerusform>قُرئ صفان</numerusform>
            <numerusform>قُرئت %Ln صفوف</numerusform>
            <numerusform>قُرئ %Ln صفًا</numerusform>
            <numerusform>قُرئ %Ln صف</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows a second</source>
        <translation>%1 صف في الثانية</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minutes left</source>
        <translation>
            <numerusform>يتبقى نحو %Ln دقيقة</numerusform>
            <numerusform>يتبقى نحو دقيقة واحدة</numerusform>
            <numerusform>يتبقى نحو دقيقتين</numerusform>
            <numerusform>يتبقى نحو %Ln دقائق</numerusform>
            <numerusform>يتبقى نحو %Ln دقيقة</numerusform>
            <numerusform>يتبقى نحو %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>about a minute left</source>
        <translation>يتبقى نحو دقيقة</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln seconds left</source>
        <translation>
            <numerusform>يتبقى نحو %Ln ثانية</numerusform>
            <numerusform>يتبقى نحو ثانية واحدة</numerusform>
            <numerusform>يتبقى نحو ثانيتين</numerusform>
            <numerusform>يتبقى نحو %Ln ثوانٍ</numerusform>
            <numerusform>يتبقى نحو %Ln ثانية</numerusform>
            <numerusform>يتبقى نحو %Ln ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>about a second left</source>
        <translation>يتبقى نحو ثانية</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportSummaryPage</name>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>حفظ الصفوف المرفوضة (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>التراجع عن هذا الاستيراد (&amp;U)</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <source>Left for the Data Quality dashboard</source>
        <translation>متروكة للوحة معلومات جودة البيانات</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>Removes the contacts this import created and gives the records it changed their old values back. Edit ▸ Redo brings the import back.</source>
        <translation>يزيل جهات الاتصال التي أنشأها هذا الاستيراد ويعيد إلى السجلات التي غيّرها قيمها القديمة. يعيد الأمر تحرير ◂ إعادة الاستيراد.</translation>
    </message>
    <message>
        <source>%1 is in %2. Everything it did is one change: Undo This Import takes all of it back.</source>
        <translation>أصبح %1 في %2. كل ما قام به تغيير واحد: يتراجع الأمر «التراجع عن هذا الاستيراد» عنه بالكامل.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>الصفوف المقروءة:</translation>
    </message>
    <message>
        <source>Contacts created:</source>
        <translation>جهات الاتصال المُنشأة:</translation>
    </message>
    <message>
        <source>Contacts updated:</source>
        <translation>جهات الاتصال المُحدَّثة:</translation>
    </message>
    <message>
        <source>Contacts merged:</source>
        <translation>جهات الاتصال المدموجة:</translation>
    </message>
    <message>
        <source>Rows skipped:</source>
        <translation>الصفوف المتخطاة:</translation>
    </message>
    <message>
        <source>Rows rejected:</source>
        <translation>الصفوف المرفوضة:</translation>
    </message>
    <message>
        <source>Values fixed by the style guide:</source>
        <translation>القيم التي أصلحها دليل الأسلوب:</translation>
    </message>
    <message>
        <source>The style guide found nothing left to correct.</source>
        <translation>لم يجد دليل الأسلوب شيئًا متبقيًا لتصحيحه.</translation>
    </message>
    <message>
        <source>%1 rejected.csv</source>
        <translation>%1 المرفوضة.csv</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>حفظ الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>%1 cannot be replaced. Choose another name.</source>
        <translation>يتعذّر استبدال %1. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The rejected rows cannot be saved as %1. Choose a folder you can write to.</source>
        <translation>يتعذّر حفظ الصفوف المرفوضة باسم %1. اختر مجلدًا لديك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>The rejected rows and their reasons are in %1.</source>
        <translation>الصفوف المرفوضة وأسباب رفضها موجودة في %1.</translation>
    </message>
    <message>
        <source>The import was undone: the workspace is as it was before. Edit ▸ Redo brings the import back.</source>
        <translation>تم التراجع عن الاستيراد: مساحة العمل كما كانت قبله. يعيد الأمر تحرير ◂ إعادة الاستيراد.</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد (&amp;I)</translation>
    </message>
    <message>
        <source>Choose the file that holds the contacts.</source>
        <translation>اختر الملف الذي يحتوي على جهات الاتصال.</translation>
    </message>
    <message>
        <source>%1 has no rows of data after its header row. Choose another header row, sheet or file.</source>
        <translation>لا يحتوي %1 على صفوف بيانات بعد صف رؤوس الأعمدة. اختر صف رؤوس أعمدة أو ورقة أو ملفًا آخر.</translation>
    </message>
</context>
<context>
    <name>Kempt::LabeledValueList</name>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>أساسي</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>Kempt::MainWindow</name>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>مساحة عمل جديدة (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>فتح (&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>الملفات الأخيرة (&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>حفظ نسخة (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>تصدير (&amp;E)</translation>
    </message>
    <message>
        <source>Current View as &amp;CSV…</source>
        <translation>طريقة العرض الحالية بتنسيق &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Selected Records as CSV…</source>
        <translation>السجلات المحددة بتنسيق CSV (&amp;S)…</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>تحميل البيانات النموذجية (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة (&amp;R)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>تحديد الكل (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete to Trash</source>
        <translation>نقل إلى سلة المهملات (&amp;D)</translation>
    </message>
    <message>
        <source>Res&amp;tore from Trash</source>
        <translation>استعادة من سلة المهملات (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>جهات الاتصال (&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>الشركات (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>سلة المهملات (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>بحث (&amp;S)</translation>
    </message>
    <message>
        <source>Co&amp;lumns…</source>
        <translation>الأعمدة (&amp;L)…</translation>
    </message>
    <message>
        <source>Show Side&amp;bar</source>
        <translation>إظهار الشريط الجانبي (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>السجلات (&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;Contact…</source>
        <translation>جهة اتصال جديدة (&amp;C)…</translation>
    </message>
    <message>
        <source>New Co&amp;mpany…</source>
        <translation>شركة جديدة (&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>فتح (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Bulk Update…</source>
        <translation>تحديث جماعي (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Add Tags…</source>
        <translation>إضافة وسوم (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove Tags…</source>
        <translation>إزالة وسوم (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>حفظ طريقة العرض (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>أدوات (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>الوسوم (&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kempt</source>
        <translation>حول Kempt (&amp;A)</translation>
    </message>
    <message>
        <source>%1 – Kempt</source>
        <translation>%1 – Kempt</translation>
    </message>
    <message>
        <source>&amp;Delete for Good…</source>
        <translation>حذف نهائي (&amp;D)…</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>لا توجد مساحة عمل مفتوحة.</translation>
    </message>
    <message>
        <source>%1 in the trash</source>
        <translation>%1 في سلة المهملات</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>المحدد: %1</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <source>/Customers.sqlite</source>
        <translation>/العملاء.sqlite</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
    <message>
        <source>%1 copy.%2</source>
        <translation>%1 نسخة.%2</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>تم حفظ نسخة باسم %1.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>تصدير بتنسيق CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>جارٍ تصدير %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln records to %1.</source>
        <translation>
            <numerusform>تم تصدير %Ln سجل إلى %1.</numerusform>
            <numerusform>تم تصدير سجل واحد إلى %1.</numerusform>
            <numerusform>تم تصدير سجلين إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln سجلات إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln سجلًا إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln سجل إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>حفظ طريقة العرض</translation>
    </message>
    <message>
        <source>Name of the view of companies:</source>
        <translation>اسم طريقة عرض الشركات:</translation>
    </message>
    <message>
        <source>Name of the view of contacts:</source>
        <translation>اسم طريقة عرض جهات الاتصال:</translation>
    </message>
    <message>
        <source>A view named “%1” exists already. Replace it?</source>
        <translation>توجد بالفعل طريقة عرض باسم «%1». هل تريد استبدالها؟</translation>
    </message>
    <message>
        <source>Saved the view “%1”.</source>
        <translation>تم حفظ طريقة العرض «%1».</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>حذف طريقة العرض</translation>
    </message>
    <message>
        <source>Delete the view “%1”? The records it shows stay as they are.</source>
        <translation>هل تريد حذف طريقة العرض «%1»؟ ستبقى السجلات التي تعرضها كما هي.</translation>
    </message>
    <message>
        <source>About Kempt</source>
        <translation>حول Kempt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kempt %1&lt;/h3&gt;&lt;p&gt;A desktop CRM that keeps customer data clean.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kempt %1&lt;/h3&gt;&lt;p&gt;نظام CRM لسطح المكتب يحافظ على نظافة بيانات العملاء.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Showing %1: %2. Records ▸ Save View keeps this list.</source>
        <translation>عرض %1: %2. يحفظ الأمر السجلات ◂ حفظ طريقة العرض هذه القائمة.</translation>
    </message>
    <message>
        <source>Data &amp;Quality Dashboard</source>
        <translation>لوحة معلومات جودة البيانات (&amp;Q)</translation>
    </message>
    <message>
        <source>St&amp;yle Guide</source>
        <translation>دليل الأسلوب (&amp;Y)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>The style guide has changes not saved as a version. Quit and discard them?</source>
        <translation>يحتوي دليل الأسلوب على تغييرات غير محفوظة كإصدار. هل تريد الإنهاء وتجاهلها؟</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>الصفقات</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>تصدير (&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>استيراد (&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>سجل الاستيراد (&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>الصفقات (&amp;D)</translation>
    </message>
    <message>
        <source>New &amp;Deal…</source>
        <translation>صفقة جديدة (&amp;D)…</translation>
    </message>
</context>
<context>
    <name>Kempt::MappingTargetDelegate</name>
    <message>
        <source>Imports into</source>
        <translation>يُستورد إلى</translation>
    </message>
    <message>
        <source>New Custom Field…</source>
        <translation>حقل مخصص جديد…</translation>
    </message>
    <message>
        <source>New Custom Field</source>
        <translation>حقل مخصص جديد</translation>
    </message>
    <message>
        <source>Name of the custom field for the column “%1”:</source>
        <translation>اسم الحقل المخصص للعمود «%1»:</translation>
    </message>
</context>
<context>
    <name>Kempt::MergeComparisonModel</name>
    <message>
        <source>Choose one of the records of the group (keys 1 to %1).</source>
        <translation>اختر أحد سجلات المجموعة (المفاتيح من 1 إلى %1).</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>مُبقى عليه</translation>
    </message>
    <message>
        <source>Merged, then in the trash</source>
        <translation>مدموج، ثم في سلة المهملات</translation>
    </message>
    <message>
        <source>The record that stays; the others are merged into it and go to the trash, from where an undo or unmerge brings them back.</source>
        <translation>السجل الذي يبقى؛ تُدمج فيه السجلات الأخرى وتنتقل إلى سلة المهملات، ومنها يعيدها التراجع أو إلغاء الدمج.</translation>
    </message>
    <message>
        <source>Press %1 or click to keep this record</source>
        <translation>اضغط %1 أو انقر للإبقاء على هذا السجل</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Your pick</source>
        <translation>اختيارك</translation>
    </message>
    <message>
        <source>Chosen by the merge rules: the newest value; opt-outs always stay</source>
        <translation>اختارتها قواعد الدمج: القيمة الأحدث؛ وتبقى خيارات عدم التواصل دائمًا</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>%1
Press %2 or click to keep this value</source>
        <translation>%1
اضغط %2 أو انقر للإبقاء على هذه القيمة</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>بعد الدمج</translation>
    </message>
    <message>
        <source>What the kept record will hold. E-mail addresses, phone numbers, profiles, tags, notes, activities and deals of every record are kept as well.</source>
        <translation>ما سيحتويه السجل المُبقى عليه. يُحتفظ أيضًا بعناوين البريد الإلكتروني وأرقام الهاتف وملفات التعريف والوسوم والملاحظات والأنشطة والصفقات لكل السجلات.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>key · record name</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Contact %1, updated %2</source>
        <translation>جهة الاتصال %1، حُدّثت في %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
</context>
<context>
    <name>Kempt::OptionalDateEdit</name>
    <message>
        <source>Set a date</source>
        <translation>تعيين تاريخ</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
</context>
<context>
    <name>Kempt::PairExplanationModel</name>
    <message>
        <source>Sure match</source>
        <translation>تطابق مؤكد</translation>
    </message>
    <message>
        <source>Possible match</source>
        <translation>تطابق محتمل</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>لا تطابق</translation>
    </message>
    <message>
        <source>%1 · score %2 · %3</source>
        <comment>band · score in bits · probability</comment>
        <translation>%1 · الدرجة %2 · %3</translation>
    </message>
    <message>
        <source>%1, given name and surname swapped</source>
        <translation>%1، مع تبديل الاسم الأول واسم العائلة</translation>
    </message>
    <message>
        <source>%1 | %2</source>
        <comment>the two values compared</comment>
        <translation>%1 | %2</translation>
    </message>
    <message>
        <source>Counts %1 bits for one person.</source>
        <translation>يُحتسب %1 بت لصالح كونهما شخصًا واحدًا.</translation>
    </message>
    <message>
        <source>Counts %1 bits against one person.</source>
        <translation>يُحتسب %1 بت ضد كونهما شخصًا واحدًا.</translation>
    </message>
    <message>
        <source>Weighed by how rare the value is: a common value says less.</source>
        <translation>يُوزن حسب ندرة القيمة: القيمة الشائعة أقل دلالة.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>التوافق</translation>
    </message>
    <message>
        <source>Values compared</source>
        <translation>القيم المقارَنة</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Bits of evidence: every bit for doubles the odds that the records are one person, every bit against halves them.</source>
        <translation>بتات الأدلة: كل بت لصالح التطابق يضاعف أرجحية أن تكون السجلات لشخص واحد، وكل بت ضده يخفضها إلى النصف.</translation>
    </message>
</context>
<context>
    <name>Kempt::PipelineBoardView</name>
    <message>
        <source>There is no pipeline yet.
New Deal starts the Sales pipeline; Pipeline Settings sets up your own.</source>
        <translation>لا يوجد مسار مبيعات بعد.
يُنشئ الأمر «صفقة جديدة» مسار المبيعات «المبيعات»؛ ويتيح لك الأمر «إعدادات مسار المبيعات» إعداد مسارك الخاص.</translation>
    </message>
    <message>
        <source>1 open deal · %1 · %2 weighted</source>
        <translation>صفقة مفتوحة واحدة · %1 · المرجّحة: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open deals · %1 · %2 weighted</source>
        <translation>
            <numerusform>%Ln صفقة مفتوحة · %1 · المرجّحة: %2</numerusform>
            <numerusform>صفقة مفتوحة واحدة · %1 · المرجّحة: %2</numerusform>
            <numerusform>صفقتان مفتوحتان · %1 · المرجّحة: %2</numerusform>
            <numerusform>%Ln صفقات مفتوحة · %1 · المرجّحة: %2</numerusform>
            <numerusform>%Ln صفقة مفتوحة · %1 · المرجّحة: %2</numerusform>
            <numerusform>%Ln صفقة مفتوحة · %1 · المرجّحة: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation>لماذا خُسرت الصفقة؟</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>لماذا خُسرت «%1»؟</translation>
    </message>
    <message numerus="yes">
        <source>Why were these %Ln deals lost?</source>
        <translation>
            <numerusform>لماذا خُسرت هذه الصفقات الـ%Ln؟</numerusform>
            <numerusform>لماذا خُسرت هذه الصفقة؟</numerusform>
            <numerusform>لماذا خُسرت هاتان الصفقتان؟</numerusform>
            <numerusform>لماذا خُسرت هذه الصفقات الـ%Ln؟</numerusform>
            <numerusform>لماذا خُسرت هذه الصفقات الـ%Ln؟</numerusform>
            <numerusform>لماذا خُسرت هذه الصفقات الـ%Ln؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as Lost</source>
        <translation>تعليم كخاسرة</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>نقل إلى سلة المهملات</translation>
    </message>
    <message>
        <source>Move %1 to the trash? They can be restored from the Trash.</source>
        <translation>هل تريد نقل %1 إلى سلة المهملات؟ يمكن استعادتها من سلة المهملات.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>فتح (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>نقل إلى (&amp;M)</translation>
    </message>
    <message>
        <source>Mark as &amp;Won</source>
        <translation>تعليم كرابحة (&amp;W)</translation>
    </message>
    <message>
        <source>Mark as &amp;Lost…</source>
        <translation>تعليم كخاسرة (&amp;L)…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>نقل إلى سلة المهملات (&amp;T)</translation>
    </message>
</context>
<context>
    <name>Kempt::PipelineSettingsDialog</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>إعادة التسمية (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation>إضافة مرحلة (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Stage…</source>
        <translation>إزالة المرحلة (&amp;R)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>نقل لأعلى (&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>نقل لأسفل (&amp;W)</translation>
    </message>
    <message>
        <source>Pipeline Settings</source>
        <translation>إعدادات مسار المبيعات</translation>
    </message>
    <message>
        <source>&amp;New Pipeline…</source>
        <translation>مسار مبيعات جديد (&amp;N)…</translation>
    </message>
    <message>
        <source>Only a pipeline without deals can be deleted.</source>
        <translation>لا يمكن حذف مسار المبيعات إلا إذا لم يحتوِ على صفقات.</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>مسار المبيعات (&amp;P):</translation>
    </message>
    <message>
        <source>Stages, in the order deals move through them</source>
        <translation>المراحل، بالترتيب الذي تمر به الصفقات</translation>
    </message>
    <message>
        <source>A deal lacking one of these cannot enter the stage.</source>
        <translation>لا يمكن للصفقة التي ينقصها أحد هذه الحقول دخول المرحلة.</translation>
    </message>
    <message>
        <source>Changes apply at once; Edit ▸ Undo (Ctrl+Z) takes them back one by one.</source>
        <translation>تُطبَّق التغييرات فورًا؛ ويتراجع الأمر تحرير ◂ تراجع (Ctrl+Z) عنها واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <source>A pipeline keeps at least one stage.</source>
        <translation>يحتفظ مسار المبيعات بمرحلة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Required to enter “%1”</source>
        <translation>مطلوب لدخول «%1»</translation>
    </message>
    <message>
        <source>Required to enter</source>
        <translation>مطلوب للدخول</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>إضافة مرحلة</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>اسم المرحلة الجديدة:</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>إزالة المرحلة</translation>
    </message>
    <message>
        <source>“%1” holds 1 deal. Move it to:</source>
        <translation>تحتوي «%1» على صفقة واحدة. انقلها إلى:</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %Ln deals. Move them to:</source>
        <translation>
            <numerusform>تحتوي «%1» على %Ln صفقة. انقلها إلى:</numerusform>
            <numerusform>تحتوي «%1» على صفقة واحدة. انقلها إلى:</numerusform>
            <numerusform>تحتوي «%1» على صفقتين. انقلهما إلى:</numerusform>
            <numerusform>تحتوي «%1» على %Ln صفقات. انقلها إلى:</numerusform>
            <numerusform>تحتوي «%1» على %Ln صفقة. انقلها إلى:</numerusform>
            <numerusform>تحتوي «%1» على %Ln صفقة. انقلها إلى:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the stage “%1”? It holds no deals.</source>
        <translation>هل تريد إزالة المرحلة «%1»؟ لا تحتوي على أي صفقات.</translation>
    </message>
    <message>
        <source>New Pipeline</source>
        <translation>مسار مبيعات جديد</translation>
    </message>
    <message>
        <source>Name of the new pipeline (it starts with the usual stages):</source>
        <translation>اسم مسار المبيعات الجديد (يبدأ بالمراحل المعتادة):</translation>
    </message>
    <message>
        <source>Rename Pipeline</source>
        <translation>إعادة تسمية مسار المبيعات</translation>
    </message>
    <message>
        <source>New name of the pipeline:</source>
        <translation>الاسم الجديد لمسار المبيعات:</translation>
    </message>
    <message>
        <source>Delete Pipeline</source>
        <translation>حذف مسار المبيعات</translation>
    </message>
    <message>
        <source>Delete the pipeline “%1” and its stages?</source>
        <translation>هل تريد حذف مسار المبيعات «%1» ومراحله؟</translation>
    </message>
</context>
<context>
    <name>Kempt::ProgressRow</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityDashboard</name>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Data Quality</source>
        <translation>جودة البيانات</translation>
    </message>
    <message>
        <source>Re-audit</source>
        <translation>إعادة التدقيق</translation>
    </message>
    <message>
        <source>Check every record against the style guide again, in the background.</source>
        <translation>فحص كل السجلات وفق دليل الأسلوب مرة أخرى، في الخلفية.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Re-audit Now</source>
        <translation>إعادة التدقيق الآن</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>The weighted mean of the five scores below.</source>
        <translation>المتوسط المرجّح للدرجات الخمس أدناه.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>الاكتمال</translation>
    </message>
    <message>
        <source>Required fields that are filled in.</source>
        <translation>الحقول المطلوبة المملوءة.</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>E-mail addresses, phone numbers, countries, dates and picklist values that are valid, and contacts without consent conflicts.</source>
        <translation>عناوين البريد الإلكتروني وأرقام الهاتف والبلدان والتواريخ وقيم قوائم الاختيارات الصالحة، وجهات الاتصال الخالية من تعارضات الموافقة.</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>الاتساق</translation>
    </message>
    <message>
        <source>Values written the way the style guide stores them.</source>
        <translation>القيم المكتوبة بالطريقة التي يخزّنها بها دليل الأسلوب.</translation>
    </message>
    <message>
        <source>Uniqueness</source>
        <translation>عدم التكرار</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>الحداثة</translation>
    </message>
    <message>
        <source>Records updated or contacted within the style guide&apos;s stale period.</source>
        <translation>السجلات التي حُدّثت أو جرى التواصل معها خلال فترة التقادم المحددة في دليل الأسلوب.</translation>
    </message>
    <message>
        <source>Double-click a problem to see its records.</source>
        <translation>انقر نقرًا مزدوجًا على مشكلة لعرض سجلاتها.</translation>
    </message>
    <message>
        <source>Show Records</source>
        <translation>عرض السجلات</translation>
    </message>
    <message>
        <source>Apply Fixes…</source>
        <translation>تطبيق الإصلاحات…</translation>
    </message>
    <message>
        <source>Fill In…</source>
        <translation>ملء…</translation>
    </message>
    <message>
        <source>Flag…</source>
        <translation>وضع علامة…</translation>
    </message>
    <message>
        <source>Export for Re-confirmation…</source>
        <translation>تصدير لإعادة التأكيد…</translation>
    </message>
    <message>
        <source>Move to Trash…</source>
        <translation>نقل إلى سلة المهملات…</translation>
    </message>
    <message>
        <source>Problems, by records touched</source>
        <translation>المشكلات، حسب السجلات المتأثرة</translation>
    </message>
    <message>
        <source>No audit has run in this workspace yet.
The audit checks every record against the style guide and stores the scores shown here.</source>
        <translation>لم يُجرَ أي تدقيق في مساحة العمل هذه بعد.
يفحص التدقيق كل السجلات وفق دليل الأسلوب ويخزّن الدرجات المعروضة هنا.</translation>
    </message>
    <message>
        <source>Run the First Audit</source>
        <translation>إجراء التدقيق الأول</translation>
    </message>
    <message>
        <source>Run Audit</source>
        <translation>إجراء التدقيق</translation>
    </message>
    <message>
        <source>No audit yet</source>
        <translation>لا يوجد تدقيق بعد</translation>
    </message>
    <message>
        <source>style guide version %1</source>
        <translation>دليل الأسلوب، الإصدار %1</translation>
    </message>
    <message>
        <source>the default style guide</source>
        <translation>دليل الأسلوب الافتراضي</translation>
    </message>
    <message>
        <source>Audit of %1 · %2 · %3</source>
        <translation>تدقيق %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record</source>
        <translation>
            <numerusform>%Ln سجل</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%Ln سجلات</numerusform>
            <numerusform>%Ln سجلًا</numerusform>
            <numerusform>%Ln سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln سجل</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%Ln سجلات</numerusform>
            <numerusform>%Ln سجلًا</numerusform>
            <numerusform>%Ln سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>The style guide changed since this audit. Re-audit to judge every record by the new rules.</source>
        <translation>تغيّر دليل الأسلوب منذ هذا التدقيق. أعد التدقيق للحكم على كل السجلات وفق القواعد الجديدة.</translation>
    </message>
    <message>
        <source>Records changed since this audit, so the numbers may be behind. Re-audit to bring them up to date.</source>
        <translation>تغيّرت سجلات منذ هذا التدقيق، لذا قد تكون الأرقام غير محدّثة. أعد التدقيق لتحديثها.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These fields differ from record to record; open the records to fill them in.</source>
        <translation>تختلف هذه الحقول من سجل لآخر؛ افتح السجلات لملئها.</translation>
    </message>
    <message>
        <source>Set one value on every record that lacks it.</source>
        <translation>تعيين قيمة واحدة في كل سجل يفتقر إليها.</translation>
    </message>
    <message>
        <source>Auditing every record…</source>
        <translation>جارٍ تدقيق كل السجلات…</translation>
    </message>
    <message>
        <source>Auditing %1 of %2 records…</source>
        <translation>جارٍ تدقيق السجلات: %1 من %2…</translation>
    </message>
    <message>
        <source>The audit is done: overall score %1.</source>
        <translation>اكتمل التدقيق: الدرجة الإجمالية %1.</translation>
    </message>
    <message>
        <source>Data quality report</source>
        <translation>تقرير جودة البيانات</translation>
    </message>
    <message>
        <source>data-quality.pdf</source>
        <translation>جودة-البيانات.pdf</translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation>تصدير لوحة المعلومات</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;PNG picture (*.png)</source>
        <translation>تقرير PDF (*.pdf);;صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>Exported the dashboard to %1.</source>
        <translation>تم تصدير لوحة المعلومات إلى %1.</translation>
    </message>
    <message>
        <source>Contacts in no group of the last duplicate scan (before any scan: sharing no e-mail address or phone number with another), and companies sharing no e-mail address.</source>
        <translation>جهات الاتصال التي ليست في أي مجموعة من آخر فحص للتكرارات (قبل أي فحص: التي لا تشترك مع غيرها في بريد إلكتروني أو رقم هاتف)، والشركات التي لا تشترك في بريد إلكتروني.</translation>
    </message>
    <message>
        <source>Open the Duplicate Review</source>
        <translation>فتح مراجعة التكرارات</translation>
    </message>
    <message>
        <source>The duplicate groups changed since this audit (a scan, a merge or a decision). Re-audit to bring the uniqueness score up to date.</source>
        <translation>تغيّرت مجموعات التكرار منذ هذا التدقيق (فحص أو دمج أو قرار). أعد التدقيق لتحديث درجة التفرّد.</translation>
    </message>
    <message>
        <source>Scan for Duplicates</source>
        <translation>فحص التكرارات</translation>
    </message>
    <message>
        <source>Merge each group, or keep its records apart, in Duplicates.</source>
        <translation>ادمج كل مجموعة، أو أبقِ سجلاتها منفصلة، في التكرارات.</translation>
    </message>
    <message>
        <source>Open Duplicates and compare every contact with the others by name, e-mail, phone, company and address, in the background.</source>
        <translation>افتح التكرارات وقارن كل جهة اتصال بالأخرى بالاسم والبريد الإلكتروني والهاتف والشركة والعنوان، في الخلفية.</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityFilterButton</name>
    <message>
        <source>Show records by their data-quality findings</source>
        <translation>عرض السجلات حسب نتائج فحص جودة البيانات</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>بلا نتائج</translation>
    </message>
    <message>
        <source>without %1</source>
        <translation>بدون %1</translation>
    </message>
    <message>
        <source>any finding</source>
        <translation>أي نتيجة</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>أخطاء</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>تحذيرات</translation>
    </message>
    <message>
        <source>automatic fixes</source>
        <translation>إصلاحات تلقائية</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>الجودة: %1</translation>
    </message>
    <message>
        <source>All Records</source>
        <translation>كل السجلات</translation>
    </message>
    <message>
        <source>With Errors</source>
        <translation>بها أخطاء</translation>
    </message>
    <message>
        <source>With Warnings</source>
        <translation>بها تحذيرات</translation>
    </message>
    <message>
        <source>With Automatic Fixes Pending</source>
        <translation>بها إصلاحات تلقائية معلّقة</translation>
    </message>
    <message>
        <source>With Any Finding</source>
        <translation>بها أي نتيجة</translation>
    </message>
    <message>
        <source>Without Findings</source>
        <translation>بلا نتائج</translation>
    </message>
    <message>
        <source>Show Quality Column</source>
        <translation>إظهار عمود الجودة</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityFixActions</name>
    <message>
        <source>Nothing needed fixing any more.</source>
        <translation>لم يعد هناك ما يحتاج إلى إصلاح.</translation>
    </message>
    <message>
        <source>Fixed %1. Undo takes the whole change back.</source>
        <translation>تم إصلاح %1. يُلغي التراجع التغيير بأكمله.</translation>
    </message>
    <message>
        <source>Clear %1 on %2?</source>
        <translation>هل تريد مسح %1 في %2؟</translation>
    </message>
    <message>
        <source>Set %1 to “%2” on %3?</source>
        <translation>هل تريد تعيين %1 إلى «%2» في %3؟</translation>
    </message>
    <message>
        <source>Fill In</source>
        <translation>ملء</translation>
    </message>
    <message>
        <source>Filled in %1 on %2.</source>
        <translation>تم ملء %1 في %2.</translation>
    </message>
    <message>
        <source>Flag Records</source>
        <translation>وضع علامة على السجلات</translation>
    </message>
    <message>
        <source>Tag for the %1 to re-confirm:</source>
        <translation>الوسم الذي يُضاف إلى %1 لإعادة التأكيد:</translation>
    </message>
    <message>
        <source>Re-confirm</source>
        <translation>إعادة التأكيد</translation>
    </message>
    <message>
        <source>Tagged %1 “%2”.</source>
        <translation>أُضيف الوسم «%2» إلى %1.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>نقل إلى سلة المهملات</translation>
    </message>
    <message>
        <source>Move %1 to the trash? They can be restored from the Trash, and Undo brings them back.</source>
        <translation>هل تريد نقل %1 إلى سلة المهملات؟ يمكن استعادتها من سلة المهملات، كما يعيدها التراجع.</translation>
    </message>
    <message>
        <source>Moved %1 to the trash.</source>
        <translation>تم نقل %1 إلى سلة المهملات.</translation>
    </message>
    <message>
        <source>to-reconfirm.csv</source>
        <translation>لإعادة-التأكيد.csv</translation>
    </message>
    <message>
        <source>Export for Re-confirmation</source>
        <translation>تصدير لإعادة التأكيد</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>تم تصدير %1 إلى %2.</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityIssueModel</name>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>الإجراء المطلوب</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>الاقتراح</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityIssuePanel</name>
    <message>
        <source>Use Suggestion</source>
        <translation>استخدام الاقتراح</translation>
    </message>
    <message>
        <source>Apply All Fixes</source>
        <translation>تطبيق كل الإصلاحات</translation>
    </message>
    <message>
        <source>Put every value the style guide would store by itself into its field.</source>
        <translation>وضع كل قيمة سيخزّنها دليل الأسلوب تلقائيًا في حقلها.</translation>
    </message>
    <message>
        <source>Follows the style guide.</source>
        <translation>يتبع دليل الأسلوب.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error – must be corrected before saving</source>
        <translation>
            <numerusform>%Ln خطأ – يجب تصحيحها قبل الحفظ</numerusform>
            <numerusform>خطأ واحد – يجب تصحيحه قبل الحفظ</numerusform>
            <numerusform>خطآن – يجب تصحيحهما قبل الحفظ</numerusform>
            <numerusform>%Ln أخطاء – يجب تصحيحها قبل الحفظ</numerusform>
            <numerusform>%Ln خطأً – يجب تصحيحها قبل الحفظ</numerusform>
            <numerusform>%Ln خطأ – يجب تصحيحها قبل الحفظ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors – must be corrected before saving</source>
        <translation>
            <numerusform>%Ln خطأ – يجب تصحيحها قبل الحفظ</numerusform>
            <numerusform>خطأ واحد – يجب تصحيحه قبل الحفظ</numerusform>
            <numerusform>خطآن – يجب تصحيحهما قبل الحفظ</numerusform>
            <numerusform>%Ln أخطاء – يجب تصحيحها قبل الحفظ</numerusform>
            <numerusform>%Ln خطأً – يجب تصحيحها قبل الحفظ</numerusform>
            <numerusform>%Ln خطأ – يجب تصحيحها قبل الحفظ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning</source>
        <translation>
            <numerusform>%Ln تحذير</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%Ln تحذيرات</numerusform>
            <numerusform>%Ln تحذيرًا</numerusform>
            <numerusform>%Ln تحذير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln تحذير</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%Ln تحذيرات</numerusform>
            <numerusform>%Ln تحذيرًا</numerusform>
            <numerusform>%Ln تحذير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value the style guide would store differently</source>
        <translation>
            <numerusform>%Ln قيمة سيخزّنها دليل الأسلوب بشكل مختلف</numerusform>
            <numerusform>قيمة واحدة سيخزّنها دليل الأسلوب بشكل مختلف</numerusform>
            <numerusform>قيمتان سيخزّنهما دليل الأسلوب بشكل مختلف</numerusform>
            <numerusform>%Ln قيم سيخزّنها دليل الأسلوب بشكل مختلف</numerusform>
            <numerusform>%Ln قيمة سيخزّنها دليل الأسلوب بشكل مختلف</numerusform>
            <numerusform>%Ln قيمة سيخزّنها دليل الأسلوب بشكل مختلف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values the style guide would store differently</source>
        <translation>
            <numerusform>%Ln قيمة سيخزّنها دليل الأسلوب بشكل مختلف</numerusform>
            <numerusform>قيمة واحدة سيخزّنها دليل الأسلوب بشكل مختلف</numerusform>
            <numerusform>قيمتان سيخزّنهما دليل الأسلوب بشكل مختلف</numerusform>
            <numerusform>%Ln قيم سيخزّنها دليل الأسلوب بشكل مختلف</numerusform>
            <numerusform>%Ln قيمة سيخزّنها دليل الأسلوب بشكل مختلف</numerusform>
            <numerusform>%Ln قيمة سيخزّنها دليل الأسلوب بشكل مختلف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kempt::QualityProblemModel</name>
    <message numerus="yes">
        <source>%Ln error</source>
        <translation>
            <numerusform>%Ln خطأ</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%Ln أخطاء</numerusform>
            <numerusform>%Ln خطأً</numerusform>
            <numerusform>%Ln خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln خطأ</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%Ln أخطاء</numerusform>
            <numerusform>%Ln خطأً</numerusform>
            <numerusform>%Ln خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning</source>
        <translation>
            <numerusform>%Ln تحذير</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%Ln تحذيرات</numerusform>
            <numerusform>%Ln تحذيرًا</numerusform>
            <numerusform>%Ln تحذير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln تحذير</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%Ln تحذيرات</numerusform>
            <numerusform>%Ln تحذيرًا</numerusform>
            <numerusform>%Ln تحذير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln automatic fix</source>
        <translation>
            <numerusform>%Ln إصلاح تلقائي</numerusform>
            <numerusform>إصلاح تلقائي واحد</numerusform>
            <numerusform>إصلاحان تلقائيان</numerusform>
            <numerusform>%Ln إصلاحات تلقائية</numerusform>
            <numerusform>%Ln إصلاحًا تلقائيًا</numerusform>
            <numerusform>%Ln إصلاح تلقائي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln automatic fixes</source>
        <translation>
            <numerusform>%Ln إصلاح تلقائي</numerusform>
            <numerusform>إصلاح تلقائي واحد</numerusform>
            <numerusform>إصلاحان تلقائيان</numerusform>
            <numerusform>%Ln إصلاحات تلقائية</numerusform>
            <numerusform>%Ln إصلاحًا تلقائيًا</numerusform>
            <numerusform>%Ln إصلاح تلقائي</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>from the last duplicate scan</source>
        <translation>من آخر فحص للتكرارات</translation>
    </message>
    <message>
        <source>no duplicate scan yet</source>
        <translation>لم يُجرَ فحص للتكرارات بعد</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityScoreTile</name>
    <message>
        <source>first audit</source>
        <translation>التدقيق الأول</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityTrendChart</name>
    <message>
        <source>Scores over time</source>
        <translation>الدرجات بمرور الوقت</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>الاكتمال</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>الاتساق</translation>
    </message>
    <message>
        <source>Uniqueness</source>
        <translation>عدم التكرار</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>الحداثة</translation>
    </message>
</context>
<context>
    <name>Kempt::RecordExportJob</name>
    <message>
        <source>%1 cannot be written: %2. Choose another folder or file name.</source>
        <translation>تتعذّر الكتابة إلى %1: %2. اختر مجلدًا أو اسم ملف آخر.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم تتم كتابة أي ملف.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>تعذّر حفظ %1: %2. تحقّق من المساحة الحرة على القرص ومن صلاحيات المجلد.</translation>
    </message>
</context>
<context>
    <name>Kempt::RecordsPage</name>
    <message>
        <source>Search companies</source>
        <translation>البحث في الشركات</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>البحث في جهات الاتصال</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>اختيار الأعمدة</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>شركة جديدة</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>فتح (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Bulk Update…</source>
        <translation>تحديث جماعي (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Add Tags…</source>
        <translation>إضافة وسوم (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove Tags…</source>
        <translation>إزالة وسوم (&amp;R)…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>نقل إلى سلة المهملات (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>استعادة (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete for Good…</source>
        <translation>حذف نهائي (&amp;D)…</translation>
    </message>
    <message>
        <source>Open the company</source>
        <translation>فتح الشركة</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>فتح جهة الاتصال</translation>
    </message>
    <message>
        <source>The trash holds no %1.</source>
        <translation>لا توجد %1 في سلة المهملات.</translation>
    </message>
    <message>
        <source>No %1 match “%2”.</source>
        <translation>لا توجد %1 تطابق «%2».</translation>
    </message>
    <message>
        <source>No %1 match this view.</source>
        <translation>لا توجد %1 تطابق طريقة العرض هذه.</translation>
    </message>
    <message>
        <source>No companies yet.
Create one with Records ▸ New Company.</source>
        <translation>لا توجد شركات بعد.
أنشئ واحدة من السجلات ◂ شركة جديدة.</translation>
    </message>
    <message>
        <source>No contacts yet.
Create one with Records ▸ New Contact, or load the sample data from the File menu.</source>
        <translation>لا توجد جهات اتصال بعد.
أنشئ واحدة من السجلات ◂ جهة اتصال جديدة، أو حمّل البيانات النموذجية من قائمة ملف.</translation>
    </message>
    <message>
        <source>Clear %1 on %2?</source>
        <translation>هل تريد مسح %1 في %2؟</translation>
    </message>
    <message>
        <source>Set %1 to “%2” on %3?</source>
        <translation>هل تريد تعيين %1 إلى «%2» في %3؟</translation>
    </message>
    <message>
        <source>Bulk Update</source>
        <translation>تحديث جماعي</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation>إضافة وسوم</translation>
    </message>
    <message>
        <source>Add %1 to %2?</source>
        <translation>هل تريد إضافة %1 إلى %2؟</translation>
    </message>
    <message>
        <source>Remove Tags</source>
        <translation>إزالة وسوم</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>هل تريد إزالة %1 من %2؟</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>نقل إلى سلة المهملات</translation>
    </message>
    <message>
        <source>Move %1 to the trash? They can be restored from the Trash.</source>
        <translation>هل تريد نقل %1 إلى سلة المهملات؟ يمكن استعادتها من سلة المهملات.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Restore %1 from the trash?</source>
        <translation>هل تريد استعادة %1 من سلة المهملات؟</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>حذف نهائي</translation>
    </message>
    <message>
        <source>Delete %1 for good? They leave the trash, with their notes and activities.</source>
        <translation>هل تريد حذف %1 نهائيًا؟ ستُزال من سلة المهملات مع ملاحظاتها وأنشطتها.</translation>
    </message>
    <message>
        <source>Search deals by title or company</source>
        <translation>البحث في الصفقات حسب العنوان أو الشركة</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>صفقة جديدة</translation>
    </message>
    <message>
        <source>Open the deal</source>
        <translation>فتح الصفقة</translation>
    </message>
    <message>
        <source>No deals yet.
Create one with New Deal.</source>
        <translation>لا توجد صفقات بعد.
أنشئ واحدة باستخدام «صفقة جديدة».</translation>
    </message>
</context>
<context>
    <name>Kempt::RuleForm</name>
    <message>
        <source>Rule is in force</source>
        <translation>القاعدة سارية</translation>
    </message>
    <message>
        <source>What the rule asks for and why, in a sentence or two.</source>
        <translation>ما تطلبه القاعدة ولماذا، في جملة أو جملتين.</translation>
    </message>
    <message>
        <source>One example per line</source>
        <translation>مثال واحد في كل سطر</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>درجة الخطورة (&amp;S):</translation>
    </message>
    <message>
        <source>Fie&amp;lds:</source>
        <translation>الحقول (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>الوصف (&amp;D):</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>الإعدادات:</translation>
    </message>
    <message>
        <source>&amp;Good examples:</source>
        <translation>أمثلة صحيحة (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Bad examples:</source>
        <translation>أمثلة خاطئة (&amp;B):</translation>
    </message>
    <message>
        <source>This kind of rule needs no settings beyond its fields.</source>
        <translation>لا يحتاج هذا النوع من القواعد إلى إعدادات غير حقوله.</translation>
    </message>
    <message>
        <source>One of the fields is enough</source>
        <translation>يكفي أحد الحقول</translation>
    </message>
    <message>
        <source>Also turn runs of spaces inside a value into one</source>
        <translation>تحويل تتابع المسافات داخل القيمة إلى مسافة واحدة أيضًا</translation>
    </message>
    <message>
        <source>Words kept exactly as written, one per line (IBM, McKinsey, van)</source>
        <translation>كلمات تُحفظ كما كُتبت تمامًا، كلمة في كل سطر (IBM، McKinsey، van)</translation>
    </message>
    <message>
        <source>Casing:</source>
        <translation>حالة الأحرف:</translation>
    </message>
    <message>
        <source>Exceptions:</source>
        <translation>الاستثناءات:</translation>
    </message>
    <message>
        <source>Lower-case the part before the @ too</source>
        <translation>تحويل الجزء الذي يسبق @ إلى أحرف صغيرة أيضًا</translation>
    </message>
    <message>
        <source>Allowed values, one per line</source>
        <translation>القيم المسموح بها، قيمة في كل سطر</translation>
    </message>
    <message>
        <source>People write</source>
        <translation>ما يكتبه المستخدمون</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>يُخزَّن بالشكل</translation>
    </message>
    <message>
        <source>Add Synonym</source>
        <translation>إضافة مرادف</translation>
    </message>
    <message>
        <source>Remove Synonym</source>
        <translation>إزالة مرادف</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>القيم:</translation>
    </message>
    <message>
        <source>Synonyms:</source>
        <translation>المرادفات:</translation>
    </message>
    <message>
        <source> months without an update or a contact</source>
        <translation> شهرًا دون تحديث أو تواصل</translation>
    </message>
    <message>
        <source>Newsletter, Mailing list</source>
        <translation>نشرة إخبارية, قائمة بريدية</translation>
    </message>
    <message>
        <source>Conflict:</source>
        <translation>التعارض:</translation>
    </message>
    <message>
        <source>Newsletter tags:</source>
        <translation>وسوم النشرة الإخبارية:</translation>
    </message>
    <message>
        <source>Choose a rule on the left</source>
        <translation>اختر قاعدة من القائمة الجانبية</translation>
    </message>
    <message>
        <source>%1 rule · %2</source>
        <translation>قاعدة %1 · %2</translation>
    </message>
</context>
<context>
    <name>Kempt::RuleImpactPanel</name>
    <message>
        <source>Live preview on this workspace</source>
        <translation>معاينة مباشرة على مساحة العمل هذه</translation>
    </message>
    <message>
        <source>Choose a rule to see what it would do to the records of this workspace.</source>
        <translation>اختر قاعدة لترى ما ستفعله بسجلات مساحة العمل هذه.</translation>
    </message>
    <message>
        <source>This rule would change %1 and flag %2.</source>
        <translation>ستغيّر هذه القاعدة %1 وتضع علامة على %2.</translation>
    </message>
    <message>
        <source>This rule would flag %1.</source>
        <translation>ستضع هذه القاعدة علامة على %1.</translation>
    </message>
    <message>
        <source>Counted over all %1.</source>
        <translation>شمل العدّ كل %1.</translation>
    </message>
    <message>
        <source>In the first %1: %2 would change, %3 flagged.</source>
        <translation>في أول %1: سيتغيّر %2، وستوضع علامة على %3.</translation>
    </message>
    <message>
        <source>In the first %1: %2 flagged.</source>
        <translation>في أول %1: ستوضع علامة على %2.</translation>
    </message>
    <message>
        <source>Counting all records…</source>
        <translation>جارٍ عدّ كل السجلات…</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>Flagged, for example:</source>
        <translation>أمثلة على السجلات المعلَّمة:</translation>
    </message>
</context>
<context>
    <name>Kempt::SavedViewListModel</name>
    <message>
        <source>%1 (search: %2)</source>
        <translation>%1 (بحث: %2)</translation>
    </message>
</context>
<context>
    <name>Kempt::ScreenshotTaker</name>
    <message>
        <source>VIP contacts</source>
        <translation>جهات اتصال VIP</translation>
    </message>
    <message>
        <source>Contacts in Germany</source>
        <translation>جهات الاتصال في ألمانيا</translation>
    </message>
</context>
<context>
    <name>Kempt::Sidebar</name>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>طرق العرض المحفوظة</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سلة المهملات</translation>
    </message>
    <message>
        <source>%1 (companies)</source>
        <translation>%1 (الشركات)</translation>
    </message>
    <message>
        <source>%1 (contacts)</source>
        <translation>%1 (جهات الاتصال)</translation>
    </message>
    <message>
        <source>Delete View…</source>
        <translation>حذف طريقة العرض…</translation>
    </message>
    <message>
        <source>Data Quality</source>
        <translation>جودة البيانات</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Style Guide</source>
        <translation>دليل الأسلوب</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>الصفقات</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>التكرارات</translation>
    </message>
</context>
<context>
    <name>Kempt::StyleGuideEditor</name>
    <message>
        <source>Add Rule…</source>
        <translation>إضافة قاعدة…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>القاعدة (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>الإصدارات (&amp;V)</translation>
    </message>
    <message>
        <source>Style Guide</source>
        <translation>دليل الأسلوب</translation>
    </message>
    <message>
        <source>Save Version…</source>
        <translation>حفظ إصدار…</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Import / Export</source>
        <translation>استيراد / تصدير</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>استيراد من JSON (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export as JSON…</source>
        <translation>تصدير بتنسيق JSON (&amp;E)…</translation>
    </message>
    <message>
        <source>Save as &amp;Document (HTML or PDF)…</source>
        <translation>حفظ كمستند (HTML أو PDF) (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة (&amp;P)…</translation>
    </message>
    <message>
        <source>Phone numbers without a country code, on records without a country, are read as numbers of:</source>
        <translation>تُقرأ أرقام الهاتف التي لا تحتوي على رمز بلد، في السجلات التي لا بلد لها، على أنها أرقام من:</translation>
    </message>
    <message>
        <source>Use This Version Again…</source>
        <translation>استخدام هذا الإصدار مرة أخرى…</translation>
    </message>
    <message>
        <source>Every save adds a version; nothing is overwritten. Undo in the Edit menu takes the latest save back.</source>
        <translation>كل عملية حفظ تضيف إصدارًا؛ ولا يُستبدل أي شيء. يُلغي التراجع في قائمة تحرير آخر عملية حفظ.</translation>
    </message>
    <message>
        <source>This rule</source>
        <translation>هذه القاعدة</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3</source>
        <translation>الإصدار %1، حفظه %2 في %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Kempt&apos;s default guide; saving makes it version 1 of this workspace</source>
        <translation>دليل Kempt الافتراضي؛ حفظه يجعله الإصدار 1 في مساحة العمل هذه</translation>
    </message>
    <message>
        <source>Saved the style guide as version %1. Re-audit on the dashboard to judge every record by it.</source>
        <translation>تم حفظ دليل الأسلوب كالإصدار %1. أعد التدقيق من لوحة المعلومات للحكم على كل السجلات وفقه.</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>حفظ الإصدار</translation>
    </message>
    <message>
        <source>What changed, in a few words (kept in the history):</source>
        <translation>ما الذي تغيّر، في كلمات قليلة (يُحفظ في سجل الإصدارات):</translation>
    </message>
    <message>
        <source>Discard the changes not saved as a version?</source>
        <translation>هل تريد تجاهل التغييرات غير المحفوظة كإصدار؟</translation>
    </message>
    <message>
        <source>Import Style Guide</source>
        <translation>استيراد دليل أسلوب</translation>
    </message>
    <message>
        <source>Replace the changes not saved as a version with the imported guide?</source>
        <translation>هل تريد استبدال التغييرات غير المحفوظة كإصدار بالدليل المستورد؟</translation>
    </message>
    <message>
        <source>Style guides (*.json);;All files (*)</source>
        <translation>أدلة الأسلوب (*.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Imported %1. Check the rules, then save a version to put them in force.</source>
        <translation>تم استيراد %1. تحقّق من القواعد، ثم احفظ إصدارًا لتفعيلها.</translation>
    </message>
    <message>
        <source>Export Style Guide</source>
        <translation>تصدير دليل الأسلوب</translation>
    </message>
    <message>
        <source>/style-guide.json</source>
        <translation>/دليل-الأسلوب.json</translation>
    </message>
    <message>
        <source>Exported the style guide to %1.</source>
        <translation>تم تصدير دليل الأسلوب إلى %1.</translation>
    </message>
    <message>
        <source>Save Style Guide Document</source>
        <translation>حفظ مستند دليل الأسلوب</translation>
    </message>
    <message>
        <source>/style-guide.pdf</source>
        <translation>/دليل-الأسلوب.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Web page (*.html)</source>
        <translation>مستند PDF (*.pdf);;صفحة ويب (*.html)</translation>
    </message>
    <message>
        <source>Saved the style guide document as %1.</source>
        <translation>تم حفظ مستند دليل الأسلوب باسم %1.</translation>
    </message>
    <message>
        <source>Use This Version Again</source>
        <translation>استخدام هذا الإصدار مرة أخرى</translation>
    </message>
    <message>
        <source>Save the rules of version %1 as a new version? Unsaved changes are discarded.</source>
        <translation>هل تريد حفظ قواعد الإصدار %1 كإصدار جديد؟ سيتم تجاهل التغييرات غير المحفوظة.</translation>
    </message>
    <message>
        <source>Back to the rules of version %1</source>
        <translation>العودة إلى قواعد الإصدار %1</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>إزالة القاعدة</translation>
    </message>
    <message>
        <source>Remove the rule “%1” from the draft? It stays in the saved versions.</source>
        <translation>هل تريد إزالة القاعدة «%1» من المسودة؟ ستبقى في الإصدارات المحفوظة.</translation>
    </message>
    <message>
        <source>No default: only numbers with a country code</source>
        <translation>بلا افتراضي: الأرقام التي تحمل رمز الدولة فقط</translation>
    </message>
    <message>
        <source>Saved with the style guide&apos;s next version and kept in its JSON.</source>
        <translation>يُحفظ مع الإصدار التالي من دليل الأسلوب ويُبقى في ملف JSON الخاص به.</translation>
    </message>
</context>
<context>
    <name>Kempt::StyleGuideHistoryModel</name>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>حفظه</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
</context>
<context>
    <name>Kempt::StyleGuideRuleModel</name>
    <message>
        <source>Every field</source>
        <translation>كل الحقول</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>الحداثة</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>درجة الخطورة</translation>
    </message>
</context>
<context>
    <name>Kempt::TableColumns</name>
    <message>
        <source>Choose Columns…</source>
        <translation>اختيار الأعمدة…</translation>
    </message>
    <message>
        <source>Reset Column Widths</source>
        <translation>إعادة ضبط عرض الأعمدة</translation>
    </message>
</context>
<context>
    <name>Kempt::TagListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln contacts</source>
        <translation>
            <numerusform>%1: %Ln جهة اتصال</numerusform>
            <numerusform>%1: جهة اتصال واحدة</numerusform>
            <numerusform>%1: جهتا اتصال</numerusform>
            <numerusform>%1: %Ln جهات اتصال</numerusform>
            <numerusform>%1: %Ln جهة اتصال</numerusform>
            <numerusform>%1: %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln شركة</numerusform>
            <numerusform>شركة واحدة</numerusform>
            <numerusform>شركتان</numerusform>
            <numerusform>%Ln شركات</numerusform>
            <numerusform>%Ln شركة</numerusform>
            <numerusform>%Ln شركة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kempt::TagManagerDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>إنشاء (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>إعادة التسمية (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>دمج في (&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف (&amp;D)…</translation>
    </message>
    <message>
        <source>Remove &amp;Unused…</source>
        <translation>إزالة غير المستخدمة (&amp;U)…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>تصفية الوسوم</translation>
    </message>
    <message>
        <source>New tag name</source>
        <translation>اسم الوسم الجديد</translation>
    </message>
    <message>
        <source>Rename the tag in place (F2)</source>
        <translation>إعادة تسمية الوسم في مكانه (F2)</translation>
    </message>
    <message>
        <source>Fold the selected tags into one of them</source>
        <translation>دمج الوسوم المحددة في واحد منها</translation>
    </message>
    <message>
        <source>Delete every tag no contact or company carries</source>
        <translation>حذف كل وسم لا تحمله أي جهة اتصال أو شركة</translation>
    </message>
    <message>
        <source>The number beside each tag counts the contacts and companies that carry it.</source>
        <translation>يشير الرقم بجانب كل وسم إلى عدد جهات الاتصال والشركات التي تحمله.</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>دمج الوسوم</translation>
    </message>
    <message numerus="yes">
        <source>Keep which tag? The other %Ln tags are folded into it and deleted.</source>
        <translation>
            <numerusform>أي وسم تريد الإبقاء عليه؟ ستُدمج فيه الوسوم الأخرى (%Ln) ثم تُحذف.</numerusform>
            <numerusform>أي وسم تريد الإبقاء عليه؟ سيُدمج فيه الوسم الآخر ثم يُحذف.</numerusform>
            <numerusform>أي وسم تريد الإبقاء عليه؟ سيُدمج فيه الوسمان الآخران ثم يُحذفان.</numerusform>
            <numerusform>أي وسم تريد الإبقاء عليه؟ ستُدمج فيه الوسوم الأخرى (%Ln) ثم تُحذف.</numerusform>
            <numerusform>أي وسم تريد الإبقاء عليه؟ ستُدمج فيه الوسوم الأخرى (%Ln) ثم تُحذف.</numerusform>
            <numerusform>أي وسم تريد الإبقاء عليه؟ ستُدمج فيه الوسوم الأخرى (%Ln) ثم تُحذف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge tags into “%1”</source>
        <translation>دمج الوسوم في «%1»</translation>
    </message>
    <message>
        <source>Delete the tag “%1”?</source>
        <translation>هل تريد حذف الوسم «%1»؟</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln tags?</source>
        <translation>
            <numerusform>هل تريد حذف %Ln وسم؟</numerusform>
            <numerusform>هل تريد حذف وسم واحد؟</numerusform>
            <numerusform>هل تريد حذف وسمين؟</numerusform>
            <numerusform>هل تريد حذف %Ln وسوم؟</numerusform>
            <numerusform>هل تريد حذف %Ln وسمًا؟</numerusform>
            <numerusform>هل تريد حذف %Ln وسم؟</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact or company carries it.</source>
        <translation>لا تحمله أي جهة اتصال أو شركة.</translation>
    </message>
    <message>
        <source>No contact or company carries them.</source>
        <translation>لا تحملها أي جهة اتصال أو شركة.</translation>
    </message>
    <message>
        <source>One record loses it.</source>
        <translation>سيُزال من سجل واحد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records lose it.</source>
        <translation>
            <numerusform>سيُزال من %Ln سجل.</numerusform>
            <numerusform>سيُزال من سجل واحد.</numerusform>
            <numerusform>سيُزال من سجلين.</numerusform>
            <numerusform>سيُزال من %Ln سجلات.</numerusform>
            <numerusform>سيُزال من %Ln سجلًا.</numerusform>
            <numerusform>سيُزال من %Ln سجل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tags</source>
        <translation>حذف الوسوم</translation>
    </message>
    <message>
        <source>Remove Unused Tags</source>
        <translation>إزالة الوسوم غير المستخدمة</translation>
    </message>
    <message>
        <source>Delete the one tag that no contact or company carries?</source>
        <translation>هل تريد حذف الوسم الوحيد الذي لا تحمله أي جهة اتصال أو شركة؟</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln tags that no contact or company carries?</source>
        <translation>
            <numerusform>هل تريد حذف الوسوم (%Ln) التي لا تحملها أي جهة اتصال أو شركة؟</numerusform>
            <numerusform>هل تريد حذف الوسم الذي لا تحمله أي جهة اتصال أو شركة؟</numerusform>
            <numerusform>هل تريد حذف الوسمين اللذين لا تحملهما أي جهة اتصال أو شركة؟</numerusform>
            <numerusform>هل تريد حذف الوسوم (%Ln) التي لا تحملها أي جهة اتصال أو شركة؟</numerusform>
            <numerusform>هل تريد حذف الوسوم (%Ln) التي لا تحملها أي جهة اتصال أو شركة؟</numerusform>
            <numerusform>هل تريد حذف الوسوم (%Ln) التي لا تحملها أي جهة اتصال أو شركة؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kempt::TagPickerDialog</name>
    <message>
        <source>Add Tags</source>
        <translation>إضافة وسوم</translation>
    </message>
    <message>
        <source>Remove Tags</source>
        <translation>إزالة وسوم</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>الوسوم (&amp;T):</translation>
    </message>
    <message>
        <source>Add to:</source>
        <translation>الإضافة إلى:</translation>
    </message>
    <message>
        <source>Remove from:</source>
        <translation>الإزالة من:</translation>
    </message>
    <message>
        <source>&amp;Add Tags</source>
        <translation>إضافة الوسوم (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Tags</source>
        <translation>إزالة الوسوم (&amp;R)</translation>
    </message>
    <message>
        <source>Type one or more tags, separated by commas.</source>
        <translation>اكتب وسمًا واحدًا أو أكثر، وافصل بينها بفاصلة لاتينية (,).</translation>
    </message>
    <message>
        <source>This adds %1 to %2.</source>
        <translation>سيؤدي هذا إلى إضافة %1 إلى %2.</translation>
    </message>
    <message>
        <source>This removes %1 from %2.</source>
        <translation>سيؤدي هذا إلى إزالة %1 من %2.</translation>
    </message>
</context>
<context>
    <name>Kempt::TagsLineEdit</name>
    <message>
        <source>e.g. customer, newsletter</source>
        <translation>مثلًا: عميل, نشرة إخبارية</translation>
    </message>
</context>
<context>
    <name>Kempt::TimelineModel</name>
    <message>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1، بواسطة %2</translation>
    </message>
</context>
<context>
    <name>Kempt::TimelineWidget</name>
    <message>
        <source>&amp;Add to Timeline</source>
        <translation>إضافة إلى المخطط الزمني (&amp;A)</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>حذف الإدخال</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>تسجيل مكالمة</translation>
    </message>
    <message>
        <source>Log an e-mail</source>
        <translation>تسجيل بريد إلكتروني</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>تسجيل اجتماع</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>إضافة مهمة</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>الاستحقاق:</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>اكتب ملاحظة…</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>التفاصيل (اختياري)</translation>
    </message>
    <message>
        <source>Delete timeline entries</source>
        <translation>حذف إدخالات المخطط الزمني</translation>
    </message>
</context>
<context>
    <name>Kempt::Workspace</name>
    <message>
        <source>No workspace is open. Open or create one with the File menu.</source>
        <translation>لا توجد مساحة عمل مفتوحة. افتح واحدة أو أنشئها من قائمة ملف.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>لا توجد مساحة عمل مفتوحة.</translation>
    </message>
    <message>
        <source>A copy cannot replace the open workspace itself. Choose another file name.</source>
        <translation>لا يمكن أن تحلّ النسخة محلّ مساحة العمل المفتوحة نفسها. اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Saving a copy to %1</source>
        <translation>حفظ نسخة في %1</translation>
    </message>
    <message>
        <source>%1 cannot be replaced. Check its permissions or choose another name.</source>
        <translation>يتعذّر استبدال %1. تحقّق من صلاحياته أو اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The copy could not be moved to %1.</source>
        <translation>تعذّر نقل النسخة إلى %1.</translation>
    </message>
</context>
<context>
    <name>LiveQualityCheck</name>
    <message>
        <source>Suggested: %1 (click the badge to use it)</source>
        <translation>مقترح: %1 (انقر على الشارة لاستخدامه)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kempt workspaces (*.sqlite *.kempt);;All files (*)</source>
        <translation>مساحات عمل Kempt (*.sqlite *.kempt);;جميع الملفات (*)</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>A merge needs at least two contacts; choose the records that describe the same person.</source>
        <translation>يحتاج الدمج إلى جهتي اتصال على الأقل؛ اختر السجلات التي تصف الشخص نفسه.</translation>
    </message>
    <message>
        <source>Contact %1 is listed twice in the merge; name each record once.</source>
        <translation>جهة الاتصال %1 مذكورة مرتين في الدمج؛ اذكر كل سجل مرة واحدة.</translation>
    </message>
    <message>
        <source>Contact %1 does not exist (it may have been deleted for good); leave it out of the merge.</source>
        <translation>جهة الاتصال %1 غير موجودة (ربما حُذفت نهائيًا)؛ استبعدها من الدمج.</translation>
    </message>
    <message>
        <source>Contact %1 (“%2”) is in the trash. Restore it first, or leave it out of the merge.</source>
        <translation>جهة الاتصال %1 («%2») في سلة المهملات. استعدها أولًا، أو استبعدها من الدمج.</translation>
    </message>
    <message>
        <source>Contact %1 is not part of this merge; choose one of its records to keep.</source>
        <translation>جهة الاتصال %1 ليست جزءًا من هذا الدمج؛ اختر أحد سجلاته للإبقاء عليه.</translation>
    </message>
    <message>
        <source>“%1” is not a field a merge can choose; tags, e-mails and phones of every record are kept anyway.</source>
        <translation>«%1» ليس حقلًا يمكن للدمج الاختيار فيه؛ فالوسوم وعناوين البريد الإلكتروني وأرقام الهاتف لكل السجلات يُحتفظ بها على أي حال.</translation>
    </message>
    <message>
        <source>The merge plan does not match the records of the group; show the group again and repeat the merge.</source>
        <translation>خطة الدمج لا تطابق سجلات المجموعة؛ اعرض المجموعة مرة أخرى وكرّر الدمج.</translation>
    </message>
    <message>
        <source>The merge plan chooses a value for “%1”, which is no longer a field of contacts; show the group again and repeat the merge.</source>
        <translation>تختار خطة الدمج قيمة لـ«%1»، الذي لم يعد حقلًا من حقول جهات الاتصال؛ اعرض المجموعة مرة أخرى وكرّر الدمج.</translation>
    </message>
    <message>
        <source>Contact %1 is not part of this merge; pick the value of one of contacts %2.</source>
        <translation>جهة الاتصال %1 ليست جزءًا من هذا الدمج؛ اختر القيمة من إحدى جهات الاتصال %2.</translation>
    </message>
    <message>
        <source>Merge %1 is not standing; it was undone already or does not exist.</source>
        <translation>الدمج %1 غير قائم؛ فقد أُلغي بالفعل أو أنه غير موجود.</translation>
    </message>
    <message>
        <source>A merge needs two or more different contacts, one of which is kept; choose the records again.</source>
        <translation>يحتاج الدمج إلى جهتي اتصال مختلفتين أو أكثر، يُبقى على إحداها؛ اختر السجلات مرة أخرى.</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>التغيير %1</translation>
    </message>
    <message>
        <source> by %1 on %2</source>
        <translation> بواسطة %1 في %2</translation>
    </message>
    <message>
        <source> by %1 (%2) on %3</source>
        <translation> بواسطة %1 (%2) في %3</translation>
    </message>
    <message>
        <source>%1 was deleted after the merge%2 and stays deleted.</source>
        <translation>%1 حُذف بعد الدمج%2 ويبقى محذوفًا.</translation>
    </message>
    <message>
        <source>%1 was changed after the merge%2: kept “%3” (the merge had set “%4”).</source>
        <translation>%1 تغيّر بعد الدمج%2: أُبقي على «%3» (كان الدمج قد عيّن «%4»).</translation>
    </message>
    <message>
        <source>There is no merge %1 in this workspace. &quot;kempt-cli merges&quot; lists the merges and their ids.</source>
        <translation>لا يوجد دمج %1 في مساحة العمل هذه. يسرد الأمر &quot;kempt-cli merges&quot; عمليات الدمج ومعرّفاتها.</translation>
    </message>
    <message>
        <source>Merge %1 was undone already, on %2.</source>
        <translation>أُلغي الدمج %1 بالفعل، في %2.</translation>
    </message>
    <message>
        <source>Contacts of merge %1 took part in merge %2 (%3) afterwards. Unmerge %2 first, then %1.</source>
        <translation>شاركت جهات اتصال من الدمج %1 لاحقًا في الدمج %2 (%3). ألغِ الدمج %2 أولًا، ثم %1.</translation>
    </message>
    <message>
        <source>Contact %1 of merge %2 was deleted for good after the merge. Undo that deletion (or restore the contact from a copy of the workspace) before unmerging.</source>
        <translation>حُذفت جهة الاتصال %1 من الدمج %2 نهائيًا بعد الدمج. تراجع عن ذلك الحذف (أو استعد جهة الاتصال من نسخة من مساحة العمل) قبل إلغاء الدمج.</translation>
    </message>
    <message>
        <source>The change history of merge %1 is missing from the workspace, so it cannot be undone exactly.</source>
        <translation>سجل تغييرات الدمج %1 مفقود من مساحة العمل، لذا لا يمكن التراجع عنه بدقة.</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>جهة الاتصال %1</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>نُقل إلى سلة المهملات</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>A custom field</source>
        <translation>حقل مخصص</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>البريد الإلكتروني %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>الهاتف %1</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>ملف التعريف %1</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>الوسم %1</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>الملاحظة %1</translation>
    </message>
    <message>
        <source>Activity “%1”</source>
        <translation>النشاط «%1»</translation>
    </message>
    <message>
        <source>Deal “%1”</source>
        <translation>الصفقة «%1»</translation>
    </message>
    <message>
        <source>The link to deal “%1”</source>
        <translation>الرابط إلى الصفقة «%1»</translation>
    </message>
    <message>
        <source>Row %1 of %2</source>
        <translation>الصف %1 من %2</translation>
    </message>
</context>
<context>
    <name>NewRuleQuestions</name>
    <message>
        <source>Add Rule</source>
        <translation>إضافة قاعدة</translation>
    </message>
    <message>
        <source>Kind of rule:</source>
        <translation>نوع القاعدة:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>تنطبق على:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>الحقل:</translation>
    </message>
    <message>
        <source>Allowed values, separated by commas:</source>
        <translation>القيم المسموح بها، مفصولة بفواصل:</translation>
    </message>
    <message>
        <source>The new rule</source>
        <translation>القاعدة الجديدة</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>The number is empty.</source>
        <translation>الرقم فارغ.</translation>
    </message>
    <message>
        <source>The number does not start with a country code that exists.</source>
        <translation>لا يبدأ الرقم برمز بلد موجود.</translation>
    </message>
    <message>
        <source>No country: add +CC or set the contact&apos;s country.</source>
        <translation>لا يوجد بلد: أضف +CC أو حدّد بلد جهة الاتصال.</translation>
    </message>
    <message>
        <source>“%1” is not a known country code; add +CC or correct the contact&apos;s country.</source>
        <translation>«%1» ليس رمز بلد معروفًا؛ أضف +CC أو صحّح بلد جهة الاتصال.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>«%1» ليس رقم هاتف.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>الرقم قصير جدًا.</translation>
    </message>
    <message>
        <source>The number is too short for %1.</source>
        <translation>الرقم قصير جدًا بالنسبة إلى %1.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>الرقم طويل جدًا.</translation>
    </message>
    <message>
        <source>The number is too long for %1.</source>
        <translation>الرقم طويل جدًا بالنسبة إلى %1.</translation>
    </message>
    <message>
        <source>The number is too short for %1; add the area code.</source>
        <translation>الرقم قصير جدًا بالنسبة إلى %1؛ أضف رمز المنطقة.</translation>
    </message>
    <message>
        <source>The number has the wrong number of digits for %1.</source>
        <translation>عدد أرقام الرقم غير صحيح بالنسبة إلى %1.</translation>
    </message>
    <message>
        <source>The number is not a valid number in %1.</source>
        <translation>الرقم غير صالح في %1.</translation>
    </message>
</context>
<context>
    <name>Picklist</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 و%Ln غيرها</numerusform>
            <numerusform>%1 وقيمة أخرى</numerusform>
            <numerusform>%1 وقيمتان أخريان</numerusform>
            <numerusform>%1 و%Ln قيم أخرى</numerusform>
            <numerusform>%1 و%Ln قيمة أخرى</numerusform>
            <numerusform>%1 و%Ln قيمة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>The value holds only spaces or invisible characters; it is stored empty.</source>
        <translation>القيمة لا تحتوي إلا على مسافات أو أحرف غير مرئية؛ لذا تُخزَّن فارغة.</translation>
    </message>
    <message>
        <source>“%1” is stored as “%2”, the list&apos;s spelling.</source>
        <translation>تُخزَّن «%1» بالشكل «%2» كما هي مكتوبة في القائمة.</translation>
    </message>
    <message>
        <source>“%1” is not allowed: the list has no values yet.</source>
        <translation>«%1» غير مسموح بها: لا تحتوي القائمة على قيم بعد.</translation>
    </message>
    <message>
        <source>“%1” is not in the list; use one of: %2.</source>
        <translation>«%1» ليست في القائمة؛ استخدم إحدى القيم: %2.</translation>
    </message>
    <message>
        <source>The picklist has no &quot;values&quot; array; add one with the allowed values.</source>
        <translation>لا تحتوي قائمة الاختيارات على مصفوفة &quot;values&quot;؛ أضف واحدة بالقيم المسموح بها.</translation>
    </message>
    <message>
        <source>Value %1 of the picklist is empty, not text, or repeats another value; remove or correct it.</source>
        <translation>القيمة %1 في قائمة الاختيارات فارغة أو ليست نصًا أو تكرر قيمة أخرى؛ احذفها أو صحّحها.</translation>
    </message>
    <message>
        <source>The synonym “%1” must name one of the picklist&apos;s values and must not repeat a value or another synonym; correct it.</source>
        <translation>يجب أن يشير المرادف «%1» إلى إحدى قيم قائمة الاختيارات وألا يكرر قيمة أو مرادفًا آخر؛ صحّحه.</translation>
    </message>
</context>
<context>
    <name>PipelineBoardModel</name>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message numerus="yes">
        <source>No progress for %Ln day(s)</source>
        <translation>
            <numerusform>لا تقدّم منذ %Ln يوم</numerusform>
            <numerusform>لا تقدّم منذ يوم واحد</numerusform>
            <numerusform>لا تقدّم منذ يومين</numerusform>
            <numerusform>لا تقدّم منذ %Ln أيام</numerusform>
            <numerusform>لا تقدّم منذ %Ln يومًا</numerusform>
            <numerusform>لا تقدّم منذ %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>ينقصها: %1</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>رابحة</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>خاسرة</translation>
    </message>
    <message>
        <source>These deals belong to another workspace. Open that workspace to move them.</source>
        <translation>تنتمي هذه الصفقات إلى مساحة عمل أخرى. افتح مساحة العمل تلك لنقلها.</translation>
    </message>
</context>
<context>
    <name>PipelineStore</name>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>مؤهَّل</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>عرض سعر</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>تفاوض</translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation>يحتاج مسار المبيعات إلى اسم.</translation>
    </message>
    <message>
        <source>There is already a pipeline called &quot;%1&quot;. Choose another name.</source>
        <translation>يوجد بالفعل مسار مبيعات باسم &quot;%1&quot;. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The pipeline no longer exists; it may have been deleted.</source>
        <translation>لم يعد مسار المبيعات موجودًا؛ ربما حُذف.</translation>
    </message>
    <message numerus="yes">
        <source>Pipeline &quot;%1&quot; still holds %Ln deal(s) in the trash. Empty the trash first, or remove its stages one by one, moving the deals to another pipeline.</source>
        <translation>
            <numerusform>لا يزال مسار المبيعات &quot;%1&quot; يحتوي على %Ln صفقة في سلة المهملات. أفرغ سلة المهملات أولًا، أو أزل مراحله واحدة تلو الأخرى مع نقل الصفقات إلى مسار مبيعات آخر.</numerusform>
            <numerusform>لا يزال مسار المبيعات &quot;%1&quot; يحتوي على صفقة واحدة في سلة المهملات. أفرغ سلة المهملات أولًا، أو أزل مراحله واحدة تلو الأخرى مع نقل الصفقات إلى مسار مبيعات آخر.</numerusform>
            <numerusform>لا يزال مسار المبيعات &quot;%1&quot; يحتوي على صفقتين في سلة المهملات. أفرغ سلة المهملات أولًا، أو أزل مراحله واحدة تلو الأخرى مع نقل الصفقات إلى مسار مبيعات آخر.</numerusform>
            <numerusform>لا يزال مسار المبيعات &quot;%1&quot; يحتوي على %Ln صفقات في سلة المهملات. أفرغ سلة المهملات أولًا، أو أزل مراحله واحدة تلو الأخرى مع نقل الصفقات إلى مسار مبيعات آخر.</numerusform>
            <numerusform>لا يزال مسار المبيعات &quot;%1&quot; يحتوي على %Ln صفقة في سلة المهملات. أفرغ سلة المهملات أولًا، أو أزل مراحله واحدة تلو الأخرى مع نقل الصفقات إلى مسار مبيعات آخر.</numerusform>
            <numerusform>لا يزال مسار المبيعات &quot;%1&quot; يحتوي على %Ln صفقة في سلة المهملات. أفرغ سلة المهملات أولًا، أو أزل مراحله واحدة تلو الأخرى مع نقل الصفقات إلى مسار مبيعات آخر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pipeline &quot;%1&quot; still holds %Ln deal(s). Move them to a stage of another pipeline (remove each stage with a target stage) before deleting it.</source>
        <translation>
            <numerusform>لا يزال مسار المبيعات &quot;%1&quot; يحتوي على %Ln صفقة. انقلها إلى مرحلة في مسار مبيعات آخر (أزل كل مرحلة مع تحديد مرحلة مستهدفة) قبل حذفه.</numerusform>
            <numerusform>لا يزال مسار المبيعات &quot;%1&quot; يحتوي على صفقة واحدة. انقلها إلى مرحلة في مسار مبيعات آخر (أزل كل مرحلة مع تحديد مرحلة مستهدفة) قبل حذفه.</numerusform>
            <numerusform>لا يزال مسار المبيعات &quot;%1&quot; يحتوي على صفقتين. انقلهما إلى مرحلة في مسار مبيعات آخر (أزل كل مرحلة مع تحديد مرحلة مستهدفة) قبل حذفه.</numerusform>
            <numerusform>لا يزال مسار المبيعات &quot;%1&quot; يحتوي على %Ln صفقات. انقلها إلى مرحلة في مسار مبيعات آخر (أزل كل مرحلة مع تحديد مرحلة مستهدفة) قبل حذفه.</numerusform>
            <numerusform>لا يزال مسار المبيعات &quot;%1&quot; يحتوي على %Ln صفقة. انقلها إلى مرحلة في مسار مبيعات آخر (أزل كل مرحلة مع تحديد مرحلة مستهدفة) قبل حذفه.</numerusform>
            <numerusform>لا يزال مسار المبيعات &quot;%1&quot; يحتوي على %Ln صفقة. انقلها إلى مرحلة في مسار مبيعات آخر (أزل كل مرحلة مع تحديد مرحلة مستهدفة) قبل حذفه.</numerusform>
        </translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>تحتاج المرحلة إلى اسم.</translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot; already has a stage called &quot;%2&quot;. Choose another name.</source>
        <translation>يحتوي مسار المبيعات &quot;%1&quot; بالفعل على مرحلة باسم &quot;%2&quot;. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The probability of stage &quot;%1&quot; must lie between 0 % and 100 %.</source>
        <translation>يجب أن يكون احتمال المرحلة &quot;%1&quot; بين 0 % و100 %.</translation>
    </message>
    <message>
        <source>The rotting period of stage &quot;%1&quot; cannot be negative; use 0 for none.</source>
        <translation>لا يمكن أن تكون مهلة الركود للمرحلة &quot;%1&quot; سالبة؛ استخدم 0 لتعطيلها.</translation>
    </message>
    <message>
        <source>The stage no longer exists; it may have been removed.</source>
        <translation>لم تعد المرحلة موجودة؛ ربما أُزيلت.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only stage of its pipeline. A pipeline needs at least one stage; add another before removing this one.</source>
        <translation>&quot;%1&quot; هي المرحلة الوحيدة في مسار المبيعات الخاص بها. يحتاج مسار المبيعات إلى مرحلة واحدة على الأقل؛ أضف مرحلة أخرى قبل إزالة هذه المرحلة.</translation>
    </message>
    <message numerus="yes">
        <source>Stage &quot;%1&quot; still holds %Ln deal(s). Choose a stage to move them to.</source>
        <translation>
            <numerusform>لا تزال المرحلة &quot;%1&quot; تحتوي على %Ln صفقة. اختر مرحلة لنقلها إليها.</numerusform>
            <numerusform>لا تزال المرحلة &quot;%1&quot; تحتوي على صفقة واحدة. اختر مرحلة لنقلها إليها.</numerusform>
            <numerusform>لا تزال المرحلة &quot;%1&quot; تحتوي على صفقتين. اختر مرحلة لنقلهما إليها.</numerusform>
            <numerusform>لا تزال المرحلة &quot;%1&quot; تحتوي على %Ln صفقات. اختر مرحلة لنقلها إليها.</numerusform>
            <numerusform>لا تزال المرحلة &quot;%1&quot; تحتوي على %Ln صفقة. اختر مرحلة لنقلها إليها.</numerusform>
            <numerusform>لا تزال المرحلة &quot;%1&quot; تحتوي على %Ln صفقة. اختر مرحلة لنقلها إليها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityCell</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>QualityOverview</name>
    <message>
        <source>This rule is no longer in the style guide; the next audit drops its findings.</source>
        <translation>لم تعد هذه القاعدة موجودة في دليل الأسلوب؛ سيُسقط التدقيق التالي نتائجها.</translation>
    </message>
    <message>
        <source>Companies sharing an e-mail address with another</source>
        <translation>شركات تشترك في عنوان بريد إلكتروني مع شركة أخرى</translation>
    </message>
    <message>
        <source>Contacts sharing an e-mail address or phone number with another</source>
        <translation>جهات اتصال تشترك في عنوان بريد إلكتروني أو رقم هاتف مع جهة اتصال أخرى</translation>
    </message>
    <message>
        <source>Records that may be duplicates: the audit&apos;s uniqueness score counts them.</source>
        <translation>سجلات قد تكون مكررة: تحتسبها درجة عدم التكرار في التدقيق.</translation>
    </message>
    <message>
        <source>Contacts the last duplicate scan found to be one person, waiting for review: merge them, or mark them as not duplicates, in Duplicates.</source>
        <translation>جهات اتصال وجد آخر فحص للتكرارات أنها لشخص واحد، بانتظار المراجعة: ادمجها أو علّمها بأنها ليست مكررة، في التكرارات.</translation>
    </message>
    <message>
        <source>One group skipped for later is not counted here; the uniqueness score still counts it.</source>
        <translation>مجموعة واحدة مؤجلة لا تُحسب هنا؛ لكن درجة التفرّد تحسبها.</translation>
    </message>
    <message>
        <source>These contacts may be duplicates. No duplicate scan has run yet: a scan compares names, addresses and more, and finds the real groups to merge or keep apart.</source>
        <translation>قد تكون جهات الاتصال هذه مكررة. لم يُجرَ أي فحص للتكرارات بعد: يقارن الفحص الأسماء والعناوين وغيرها، ويجد المجموعات الحقيقية لدمجها أو إبقائها منفصلة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate group</source>
        <translation>
            <numerusform>%Ln مجموعة تكرار</numerusform>
            <numerusform>%Ln مجموعة تكرار</numerusform>
            <numerusform>%Ln مجموعة تكرار</numerusform>
            <numerusform>%Ln مجموعات تكرار</numerusform>
            <numerusform>%Ln مجموعة تكرار</numerusform>
            <numerusform>%Ln مجموعة تكرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate groups</source>
        <translation>
            <numerusform>%Ln مجموعة تكرار</numerusform>
            <numerusform>%Ln مجموعة تكرار</numerusform>
            <numerusform>%Ln مجموعة تكرار</numerusform>
            <numerusform>%Ln مجموعات تكرار</numerusform>
            <numerusform>%Ln مجموعة تكرار</numerusform>
            <numerusform>%Ln مجموعة تكرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups skipped for later are not counted here; the uniqueness score still counts them.</source>
        <translation>
            <numerusform>%Ln مجموعة مؤجلة لا تُحسب هنا؛ لكن درجة التفرّد تحسبها.</numerusform>
            <numerusform>%Ln مجموعة مؤجلة لا تُحسب هنا؛ لكن درجة التفرّد تحسبها.</numerusform>
            <numerusform>%Ln مجموعة مؤجلة لا تُحسب هنا؛ لكن درجة التفرّد تحسبها.</numerusform>
            <numerusform>%Ln مجموعات مؤجلة لا تُحسب هنا؛ لكن درجة التفرّد تحسبها.</numerusform>
            <numerusform>%Ln مجموعة مؤجلة لا تُحسب هنا؛ لكن درجة التفرّد تحسبها.</numerusform>
            <numerusform>%Ln مجموعة مؤجلة لا تُحسب هنا؛ لكن درجة التفرّد تحسبها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>لا توجد مساحات عمل حديثة</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>مسح القائمة (&amp;C)</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message numerus="yes">
        <source>%Ln company</source>
        <translation>
            <numerusform>%Ln شركة</numerusform>
            <numerusform>شركة واحدة</numerusform>
            <numerusform>شركتين</numerusform>
            <numerusform>%Ln شركات</numerusform>
            <numerusform>%Ln شركة</numerusform>
            <numerusform>%Ln شركة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln شركة</numerusform>
            <numerusform>شركة واحدة</numerusform>
            <numerusform>شركتين</numerusform>
            <numerusform>%Ln شركات</numerusform>
            <numerusform>%Ln شركة</numerusform>
            <numerusform>%Ln شركة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal</source>
        <translation>
            <numerusform>%Ln صفقة</numerusform>
            <numerusform>صفقة واحدة</numerusform>
            <numerusform>صفقتين</numerusform>
            <numerusform>%Ln صفقات</numerusform>
            <numerusform>%Ln صفقة</numerusform>
            <numerusform>%Ln صفقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deals</source>
        <translation>
            <numerusform>%Ln صفقة</numerusform>
            <numerusform>صفقة واحدة</numerusform>
            <numerusform>صفقتين</numerusform>
            <numerusform>%Ln صفقات</numerusform>
            <numerusform>%Ln صفقة</numerusform>
            <numerusform>%Ln صفقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact</source>
        <translation>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتي اتصال</numerusform>
            <numerusform>%Ln جهات اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتي اتصال</numerusform>
            <numerusform>%Ln جهات اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected company</source>
        <translation>
            <numerusform>الشركة المحددة</numerusform>
            <numerusform>الشركة المحددة</numerusform>
            <numerusform>الشركة المحددة</numerusform>
            <numerusform>الشركة المحددة</numerusform>
            <numerusform>الشركة المحددة</numerusform>
            <numerusform>الشركة المحددة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected companies</source>
        <translation>
            <numerusform>الشركات المحددة (%Ln)</numerusform>
            <numerusform>الشركة المحددة</numerusform>
            <numerusform>الشركتان المحددتان</numerusform>
            <numerusform>الشركات المحددة (%Ln)</numerusform>
            <numerusform>الشركات المحددة (%Ln)</numerusform>
            <numerusform>الشركات المحددة (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected deal</source>
        <translation>
            <numerusform>الصفقة المحددة</numerusform>
            <numerusform>الصفقة المحددة</numerusform>
            <numerusform>الصفقة المحددة</numerusform>
            <numerusform>الصفقة المحددة</numerusform>
            <numerusform>الصفقة المحددة</numerusform>
            <numerusform>الصفقة المحددة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected deals</source>
        <translation>
            <numerusform>الصفقات المحددة (%Ln)</numerusform>
            <numerusform>الصفقة المحددة</numerusform>
            <numerusform>الصفقتان المحددتان</numerusform>
            <numerusform>الصفقات المحددة (%Ln)</numerusform>
            <numerusform>الصفقات المحددة (%Ln)</numerusform>
            <numerusform>الصفقات المحددة (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected contact</source>
        <translation>
            <numerusform>جهة الاتصال المحددة</numerusform>
            <numerusform>جهة الاتصال المحددة</numerusform>
            <numerusform>جهة الاتصال المحددة</numerusform>
            <numerusform>جهة الاتصال المحددة</numerusform>
            <numerusform>جهة الاتصال المحددة</numerusform>
            <numerusform>جهة الاتصال المحددة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected contacts</source>
        <translation>
            <numerusform>جهات الاتصال المحددة (%Ln)</numerusform>
            <numerusform>جهة الاتصال المحددة</numerusform>
            <numerusform>جهتا الاتصال المحددتان</numerusform>
            <numerusform>جهات الاتصال المحددة (%Ln)</numerusform>
            <numerusform>جهات الاتصال المحددة (%Ln)</numerusform>
            <numerusform>جهات الاتصال المحددة (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The one company in this view</source>
        <translation>
            <numerusform>الشركة الوحيدة في طريقة العرض هذه</numerusform>
            <numerusform>الشركة الوحيدة في طريقة العرض هذه</numerusform>
            <numerusform>الشركة الوحيدة في طريقة العرض هذه</numerusform>
            <numerusform>الشركة الوحيدة في طريقة العرض هذه</numerusform>
            <numerusform>الشركة الوحيدة في طريقة العرض هذه</numerusform>
            <numerusform>الشركة الوحيدة في طريقة العرض هذه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln companies in this view</source>
        <translation>
            <numerusform>كل الشركات في طريقة العرض هذه (%Ln)</numerusform>
            <numerusform>الشركة الوحيدة في طريقة العرض هذه</numerusform>
            <numerusform>الشركتان في طريقة العرض هذه</numerusform>
            <numerusform>كل الشركات في طريقة العرض هذه (%Ln)</numerusform>
            <numerusform>كل الشركات في طريقة العرض هذه (%Ln)</numerusform>
            <numerusform>كل الشركات في طريقة العرض هذه (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The one deal in this view</source>
        <translation>
            <numerusform>الصفقة الوحيدة في طريقة العرض هذه</numerusform>
            <numerusform>الصفقة الوحيدة في طريقة العرض هذه</numerusform>
            <numerusform>الصفقة الوحيدة في طريقة العرض هذه</numerusform>
            <numerusform>الصفقة الوحيدة في طريقة العرض هذه</numerusform>
            <numerusform>الصفقة الوحيدة في طريقة العرض هذه</numerusform>
            <numerusform>الصفقة الوحيدة في طريقة العرض هذه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln deals in this view</source>
        <translation>
            <numerusform>كل الصفقات في طريقة العرض هذه (%Ln)</numerusform>
            <numerusform>الصفقة الوحيدة في طريقة العرض هذه</numerusform>
            <numerusform>الصفقتان في طريقة العرض هذه</numerusform>
            <numerusform>كل الصفقات في طريقة العرض هذه (%Ln)</numerusform>
            <numerusform>كل الصفقات في طريقة العرض هذه (%Ln)</numerusform>
            <numerusform>كل الصفقات في طريقة العرض هذه (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The one contact in this view</source>
        <translation>
            <numerusform>جهة الاتصال الوحيدة في طريقة العرض هذه</numerusform>
            <numerusform>جهة الاتصال الوحيدة في طريقة العرض هذه</numerusform>
            <numerusform>جهة الاتصال الوحيدة في طريقة العرض هذه</numerusform>
            <numerusform>جهة الاتصال الوحيدة في طريقة العرض هذه</numerusform>
            <numerusform>جهة الاتصال الوحيدة في طريقة العرض هذه</numerusform>
            <numerusform>جهة الاتصال الوحيدة في طريقة العرض هذه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln contacts in this view</source>
        <translation>
            <numerusform>كل جهات الاتصال في طريقة العرض هذه (%Ln)</numerusform>
            <numerusform>جهة الاتصال الوحيدة في طريقة العرض هذه</numerusform>
            <numerusform>جهتا الاتصال في طريقة العرض هذه</numerusform>
            <numerusform>كل جهات الاتصال في طريقة العرض هذه (%Ln)</numerusform>
            <numerusform>كل جهات الاتصال في طريقة العرض هذه (%Ln)</numerusform>
            <numerusform>كل جهات الاتصال في طريقة العرض هذه (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>companies</source>
        <translation>شركات</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>صفقات</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>جهات اتصال</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>All dates</source>
        <translation>كل التواريخ</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>هذا الربع</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>هذه السنة</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>السنة الماضية</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <source>Next 12 months</source>
        <translation>الـ12 شهرًا القادمة</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>نطاق مخصص</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>كل التواريخ</translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message numerus="yes">
        <source>Not updated or contacted since %1, more than %Ln months ago; check that the record is still right, or archive it.</source>
        <translation>
            <numerusform>لم يُحدَّث ولم يُتواصل معه منذ %1، أي منذ أكثر من %Ln شهر؛ تحقّق من أن السجل ما زال صحيحًا، أو أرشفه.</numerusform>
            <numerusform>لم يُحدَّث ولم يُتواصل معه منذ %1، أي منذ أكثر من شهر؛ تحقّق من أن السجل ما زال صحيحًا، أو أرشفه.</numerusform>
            <numerusform>لم يُحدَّث ولم يُتواصل معه منذ %1، أي منذ أكثر من شهرين؛ تحقّق من أن السجل ما زال صحيحًا، أو أرشفه.</numerusform>
            <numerusform>لم يُحدَّث ولم يُتواصل معه منذ %1، أي منذ أكثر من %Ln أشهر؛ تحقّق من أن السجل ما زال صحيحًا، أو أرشفه.</numerusform>
            <numerusform>لم يُحدَّث ولم يُتواصل معه منذ %1، أي منذ أكثر من %Ln شهرًا؛ تحقّق من أن السجل ما زال صحيحًا، أو أرشفه.</numerusform>
            <numerusform>لم يُحدَّث ولم يُتواصل معه منذ %1، أي منذ أكثر من %Ln شهر؛ تحقّق من أن السجل ما زال صحيحًا، أو أرشفه.</numerusform>
        </translation>
    </message>
    <message>
        <source>has extra spaces</source>
        <translation>يحتوي على مسافات زائدة</translation>
    </message>
    <message>
        <source>contains invisible characters or letter variants that search would miss</source>
        <translation>يحتوي على أحرف غير مرئية أو أشكال بديلة للحروف قد يغفلها البحث</translation>
    </message>
    <message>
        <source>is not in capitals</source>
        <translation>ليس مكتوبًا بالأحرف الكبيرة</translation>
    </message>
    <message>
        <source>is not in lowercase</source>
        <translation>ليس مكتوبًا بالأحرف الصغيرة</translation>
    </message>
    <message>
        <source>is not in title case</source>
        <translation>ليس مكتوبًا بأحرف أولى كبيرة</translation>
    </message>
    <message>
        <source>is not in the national form the style guide stores</source>
        <translation>ليس بالصيغة المحلية التي يعتمدها دليل الأسلوب</translation>
    </message>
    <message>
        <source>is not in the international form the style guide stores</source>
        <translation>ليس بالصيغة الدولية التي يعتمدها دليل الأسلوب</translation>
    </message>
    <message>
        <source>is not in the form the style guide stores (the domain in lowercase)</source>
        <translation>ليس بالصيغة التي يعتمدها دليل الأسلوب (النطاق بأحرف صغيرة)</translation>
    </message>
    <message>
        <source>is not a two-letter ISO country code</source>
        <translation>ليس رمز بلد ISO من حرفين</translation>
    </message>
    <message>
        <source>is not written as in the list</source>
        <translation>لا يطابق طريقة كتابته في القائمة</translation>
    </message>
    <message>
        <source>is not an ISO date (year-month-day)</source>
        <translation>ليس تاريخًا بصيغة ISO (سنة-شهر-يوم)</translation>
    </message>
    <message>
        <source>is not the standard spelling of the legal form</source>
        <translation>ليس الكتابة القياسية للشكل القانوني</translation>
    </message>
    <message>
        <source>does not spell its legal form the standard way</source>
        <translation>لا يكتب شكله القانوني بالطريقة القياسية</translation>
    </message>
    <message>
        <source>%1 is required; fill it in before saving.</source>
        <translation>%1 مطلوب؛ املأه قبل الحفظ.</translation>
    </message>
    <message>
        <source>%1 is empty; fill it in.</source>
        <translation>%1 فارغ؛ املأه.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <source>Fill in %1 before saving; at least one is required.</source>
        <translation>املأ %1 قبل الحفظ؛ واحد منها على الأقل مطلوب.</translation>
    </message>
    <message>
        <source>Fill in %1; at least one is expected.</source>
        <translation>املأ %1؛ يُتوقَّع ملء واحد منها على الأقل.</translation>
    </message>
    <message>
        <source>%1 “%2” holds nothing but spaces or invisible characters; leave it empty.</source>
        <translation>%1 «%2» لا يحتوي إلا على مسافات أو أحرف غير مرئية؛ اتركه فارغًا.</translation>
    </message>
    <message>
        <source>%1 “%2” %3, so it is stored as “%4”.</source>
        <translation>%1 «%2» %3، لذا يُخزَّن بالشكل «%4».</translation>
    </message>
    <message>
        <source>%1 “%2” %3; write “%4” before saving.</source>
        <translation>%1 «%2» %3؛ اكتب «%4» قبل الحفظ.</translation>
    </message>
    <message>
        <source>%1 “%2” %3; write “%4”.</source>
        <translation>%1 «%2» %3؛ اكتب «%4».</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>هل تقصد «%1»؟</translation>
    </message>
    <message>
        <source>Correct it before saving.</source>
        <translation>صحّحه قبل الحفظ.</translation>
    </message>
    <message>
        <source>Do not e-mail is set, but the contact is tagged “%1”; remove the tag, or clear Do not e-mail after asking the person.</source>
        <translation>الخيار «عدم المراسلة بالبريد الإلكتروني» مفعّل، لكن جهة الاتصال تحمل الوسم «%1»؛ أزل الوسم، أو ألغِ «عدم المراسلة بالبريد الإلكتروني» بعد سؤال الشخص.</translation>
    </message>
    <message>
        <source>The contact unsubscribed on %1, but Do not e-mail is not set; set it so that nobody writes to them by mistake.</source>
        <translation>ألغت جهة الاتصال اشتراكها في %1، لكن الخيار «عدم المراسلة بالبريد الإلكتروني» غير مفعّل؛ فعّله حتى لا يراسلها أحد عن طريق الخطأ.</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 و%Ln غيرها</numerusform>
            <numerusform>%1 وقيمة أخرى</numerusform>
            <numerusform>%1 وقيمتان أخريان</numerusform>
            <numerusform>%1 و%Ln قيم أخرى</numerusform>
            <numerusform>%1 و%Ln قيمة أخرى</numerusform>
            <numerusform>%1 و%Ln قيمة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>المسافات</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>الأحرف</translation>
    </message>
    <message>
        <source>Casing</source>
        <translation>حالة الأحرف</translation>
    </message>
    <message>
        <source>Phone format</source>
        <translation>تنسيق الهاتف</translation>
    </message>
    <message>
        <source>E-mail format</source>
        <translation>تنسيق البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>رمز البلد</translation>
    </message>
    <message>
        <source>Picklist</source>
        <translation>قائمة الاختيارات</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>تنسيق التاريخ</translation>
    </message>
    <message>
        <source>Stale records</source>
        <translation>السجلات المتقادمة</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>الشكل القانوني</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>إصلاح</translation>
    </message>
    <message>
        <source>Error: blocks saving until it is corrected.</source>
        <translation>خطأ: يمنع الحفظ حتى يُصحَّح.</translation>
    </message>
    <message>
        <source>Warning: marks the record for someone to look at.</source>
        <translation>تحذير: يضع علامة على السجل ليراجعه أحد.</translation>
    </message>
    <message>
        <source>Fix: Kempt corrects the value by itself.</source>
        <translation>إصلاح: يصحّح Kempt القيمة تلقائيًا.</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>بلا %1</translation>
    </message>
    <message>
        <source>Missing %1</source>
        <translation>%1 مفقود</translation>
    </message>
    <message>
        <source>Stray spaces</source>
        <translation>مسافات زائدة</translation>
    </message>
    <message>
        <source>Invisible or mixed characters</source>
        <translation>أحرف غير مرئية أو مختلطة</translation>
    </message>
    <message>
        <source>Casing of %1</source>
        <translation>حالة أحرف %1</translation>
    </message>
    <message>
        <source>Phone numbers to correct</source>
        <translation>أرقام هاتف تحتاج إلى تصحيح</translation>
    </message>
    <message>
        <source>E-mail addresses to correct</source>
        <translation>عناوين بريد إلكتروني تحتاج إلى تصحيح</translation>
    </message>
    <message>
        <source>Countries not written as codes</source>
        <translation>بلدان غير مكتوبة كرموز</translation>
    </message>
    <message>
        <source>%1 not from the list</source>
        <translation>%1 من خارج القائمة</translation>
    </message>
    <message>
        <source>%1 not written as ISO dates</source>
        <translation>%1 ليست بصيغة تاريخ ISO</translation>
    </message>
    <message numerus="yes">
        <source>Not touched in %Ln month</source>
        <translation>
            <numerusform>بلا تحديث أو تواصل منذ %Ln شهر</numerusform>
            <numerusform>بلا تحديث أو تواصل منذ شهر</numerusform>
            <numerusform>بلا تحديث أو تواصل منذ شهرين</numerusform>
            <numerusform>بلا تحديث أو تواصل منذ %Ln أشهر</numerusform>
            <numerusform>بلا تحديث أو تواصل منذ %Ln شهرًا</numerusform>
            <numerusform>بلا تحديث أو تواصل منذ %Ln شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not touched in %Ln months</source>
        <translation>
            <numerusform>بلا تحديث أو تواصل منذ %Ln شهر</numerusform>
            <numerusform>بلا تحديث أو تواصل منذ شهر</numerusform>
            <numerusform>بلا تحديث أو تواصل منذ شهرين</numerusform>
            <numerusform>بلا تحديث أو تواصل منذ %Ln أشهر</numerusform>
            <numerusform>بلا تحديث أو تواصل منذ %Ln شهرًا</numerusform>
            <numerusform>بلا تحديث أو تواصل منذ %Ln شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>Newsletter tag despite “do not e-mail”</source>
        <translation>وسم النشرة الإخبارية رغم «عدم المراسلة بالبريد الإلكتروني»</translation>
    </message>
    <message>
        <source>Unsubscribed but e-mail still allowed</source>
        <translation>ألغى الاشتراك لكن المراسلة بالبريد الإلكتروني ما زالت مسموحة</translation>
    </message>
    <message>
        <source>Legal forms spelled differently</source>
        <translation>أشكال قانونية مكتوبة بطرق مختلفة</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation>أحرف أولى كبيرة (Title Case)</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>أحرف كبيرة (UPPER CASE)</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>أحرف صغيرة (lower case)</translation>
    </message>
    <message>
        <source>Keep as typed</source>
        <translation>كما كُتب</translation>
    </message>
    <message>
        <source>Month first (03/04/2024 is 4 March)</source>
        <translation>الشهر أولًا (03/04/2024 هو 4 مارس)</translation>
    </message>
    <message>
        <source>Year first (2024/03/04)</source>
        <translation>السنة أولًا (2024/03/04)</translation>
    </message>
    <message>
        <source>Day first (03/04/2024 is 3 April)</source>
        <translation>اليوم أولًا (03/04/2024 هو 3 أبريل)</translation>
    </message>
    <message>
        <source>National (030 1234567)</source>
        <translation>محلية (030 1234567)</translation>
    </message>
    <message>
        <source>International (+49 30 1234567)</source>
        <translation>دولية (+49 30 1234567)</translation>
    </message>
    <message>
        <source>A newsletter tag on a contact marked “do not e-mail”</source>
        <translation>وسم نشرة إخبارية على جهة اتصال معلَّمة بـ«عدم المراسلة بالبريد الإلكتروني»</translation>
    </message>
    <message>
        <source>Unsubscribed without “do not e-mail” set</source>
        <translation>ألغى الاشتراك دون تفعيل «عدم المراسلة بالبريد الإلكتروني»</translation>
    </message>
    <message>
        <source>At least one of %1 is filled in.</source>
        <translation>واحد على الأقل من %1 مملوء.</translation>
    </message>
    <message>
        <source>%1 must be filled in.</source>
        <translation>يجب ملء %1.</translation>
    </message>
    <message>
        <source>Spaces are trimmed at both ends and runs of spaces inside become one (%1).</source>
        <translation>تُحذف المسافات من الطرفين وتتحول المسافات المتتالية في الداخل إلى مسافة واحدة (%1).</translation>
    </message>
    <message>
        <source>Spaces are trimmed at both ends (%1).</source>
        <translation>تُحذف المسافات من الطرفين (%1).</translation>
    </message>
    <message>
        <source>Invisible characters and stray direction marks are removed, Arabic and Persian letter variants are unified and text is stored in Unicode NFC (%1).</source>
        <translation>تُزال الأحرف غير المرئية وعلامات الاتجاه الشاردة، وتُوحَّد أشكال الحروف العربية والفارسية، ويُخزَّن النص بصيغة Unicode NFC (%1).</translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%1 في %2.</translation>
    </message>
    <message>
        <source>Kept as written: %1.</source>
        <translation>تُحفظ كما كُتبت: %1.</translation>
    </message>
    <message>
        <source>Stored in the international E.164 form and shown as %1.</source>
        <translation>يُخزَّن بالصيغة الدولية E.164 ويُعرض بصيغة %1.</translation>
    </message>
    <message>
        <source>Trimmed and written in lower case throughout.</source>
        <translation>تُحذف المسافات الطرفية ويُكتب بأحرف صغيرة بالكامل.</translation>
    </message>
    <message>
        <source>Trimmed, with the domain in lower case; the part before the @ stays as typed.</source>
        <translation>تُحذف المسافات الطرفية، ويُكتب النطاق بأحرف صغيرة؛ ويبقى الجزء الذي يسبق @ كما كُتب.</translation>
    </message>
    <message>
        <source>Stored as the two-letter ISO 3166 code (DE, US, AE); names and common aliases are recognised.</source>
        <translation>يُخزَّن كرمز ISO 3166 من حرفين (DE، US، AE)؛ ويُتعرَّف على الأسماء والأسماء البديلة الشائعة.</translation>
    </message>
    <message>
        <source>Allowed values: %1.</source>
        <translation>القيم المسموح بها: %1.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Also understood: %1.</source>
        <translation>يُفهم أيضًا: %1.</translation>
    </message>
    <message>
        <source>Stored as ISO 8601 (2024-04-03). Numeric dates are read %1.</source>
        <translation>يُخزَّن بصيغة ISO 8601 (2024-04-03). تُقرأ التواريخ الرقمية بترتيب: %1.</translation>
    </message>
    <message numerus="yes">
        <source>A record nobody updated or contacted for %Ln month is stale.</source>
        <translation>
            <numerusform>يُعدّ السجل متقادمًا إذا لم يحدّثه أحد أو يتواصل معه لمدة %Ln شهر.</numerusform>
            <numerusform>يُعدّ السجل متقادمًا إذا لم يحدّثه أحد أو يتواصل معه لمدة شهر.</numerusform>
            <numerusform>يُعدّ السجل متقادمًا إذا لم يحدّثه أحد أو يتواصل معه لمدة شهرين.</numerusform>
            <numerusform>يُعدّ السجل متقادمًا إذا لم يحدّثه أحد أو يتواصل معه لمدة %Ln أشهر.</numerusform>
            <numerusform>يُعدّ السجل متقادمًا إذا لم يحدّثه أحد أو يتواصل معه لمدة %Ln شهرًا.</numerusform>
            <numerusform>يُعدّ السجل متقادمًا إذا لم يحدّثه أحد أو يتواصل معه لمدة %Ln شهر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A record nobody updated or contacted for %Ln months is stale.</source>
        <translation>
            <numerusform>يُعدّ السجل متقادمًا إذا لم يحدّثه أحد أو يتواصل معه لمدة %Ln شهر.</numerusform>
            <numerusform>يُعدّ السجل متقادمًا إذا لم يحدّثه أحد أو يتواصل معه لمدة شهر.</numerusform>
            <numerusform>يُعدّ السجل متقادمًا إذا لم يحدّثه أحد أو يتواصل معه لمدة شهرين.</numerusform>
            <numerusform>يُعدّ السجل متقادمًا إذا لم يحدّثه أحد أو يتواصل معه لمدة %Ln أشهر.</numerusform>
            <numerusform>يُعدّ السجل متقادمًا إذا لم يحدّثه أحد أو يتواصل معه لمدة %Ln شهرًا.</numerusform>
            <numerusform>يُعدّ السجل متقادمًا إذا لم يحدّثه أحد أو يتواصل معه لمدة %Ln شهر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Newsletter tags: %1.</source>
        <translation>وسوم النشرة الإخبارية: %1.</translation>
    </message>
    <message>
        <source>Legal forms are spelled the standard way (GmbH, LLC, Ltd, ООО, شركة).</source>
        <translation>تُكتب الأشكال القانونية بالطريقة القياسية (GmbH، LLC، Ltd، ООО، شركة).</translation>
    </message>
</context>
<context>
    <name>StageGate</name>
    <message>
        <source>A stage cannot require &quot;%1&quot;; it is not a deal field a person fills in. Use one of: %2.</source>
        <translation>لا يمكن أن تشترط المرحلة &quot;%1&quot;؛ فهو ليس حقل صفقة يملؤه شخص. استخدم أحد الحقول: %2.</translation>
    </message>
    <message>
        <source>Deal %1 no longer exists; it may have been deleted.</source>
        <translation>لم تعد الصفقة %1 موجودة؛ ربما حُذفت.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
</context>
<context>
    <name>StageHistoryModel</name>
    <message>
        <source>%1 (pipeline %2)</source>
        <translation>%1 (مسار المبيعات %2)</translation>
    </message>
    <message>
        <source>(removed stage)</source>
        <translation>(مرحلة محذوفة)</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>لا تزال فيها</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>الدخول</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>المغادرة</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>الوقت في المرحلة</translation>
    </message>
</context>
<context>
    <name>StageTableModel</name>
    <message numerus="yes">
        <source>%Ln open, the others won, lost or in the trash</source>
        <translation>
            <numerusform>المفتوحة: %Ln، والبقية رابحة أو خاسرة أو في سلة المهملات</numerusform>
            <numerusform>المفتوحة: %Ln، والبقية رابحة أو خاسرة أو في سلة المهملات</numerusform>
            <numerusform>المفتوحة: %Ln، والبقية رابحة أو خاسرة أو في سلة المهملات</numerusform>
            <numerusform>المفتوحة: %Ln، والبقية رابحة أو خاسرة أو في سلة المهملات</numerusform>
            <numerusform>المفتوحة: %Ln، والبقية رابحة أو خاسرة أو في سلة المهملات</numerusform>
            <numerusform>المفتوحة: %Ln، والبقية رابحة أو خاسرة أو في سلة المهملات</numerusform>
        </translation>
    </message>
    <message>
        <source>A deal enters %1 only with these fields filled in.</source>
        <translation>لا تدخل الصفقة %1 إلا بعد ملء هذه الحقول.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <source>Rots after</source>
        <translation>الركود بعد</translation>
    </message>
    <message>
        <source>Required to enter</source>
        <translation>مطلوب للدخول</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>الصفقات</translation>
    </message>
    <message>
        <source>The probability of stage &quot;%1&quot; must lie between 0 % and 100 %.</source>
        <translation>يجب أن يكون احتمال المرحلة &quot;%1&quot; بين 0 % و100 %.</translation>
    </message>
    <message>
        <source>The rotting period of stage &quot;%1&quot; cannot be negative; use 0 for none.</source>
        <translation>لا يمكن أن تكون مهلة الركود للمرحلة &quot;%1&quot; سالبة؛ استخدم 0 لتعطيلها.</translation>
    </message>
</context>
<context>
    <name>StyleGuide</name>
    <message>
        <source>%1: the param &quot;%2&quot; must be true or false.</source>
        <translation>%1: يجب أن تكون قيمة المعامل &quot;%2&quot; هي true أو false.</translation>
    </message>
    <message>
        <source>%1: the param &quot;%2&quot; is %3; use one of %4.</source>
        <translation>%1: المعامل &quot;%2&quot;: %3؛ استخدم إحدى القيم: %4.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>%1: the param &quot;%2&quot; must be a list of texts with at least one entry.</source>
        <translation>%1: يجب أن يكون المعامل &quot;%2&quot; قائمة نصوص تحتوي على عنصر واحد على الأقل.</translation>
    </message>
    <message>
        <source>%1: the param &quot;%2&quot; must be a list of texts, like [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>%1: يجب أن يكون المعامل &quot;%2&quot; قائمة نصوص، مثل [&quot;a&quot;, &quot;b&quot;].</translation>
    </message>
    <message>
        <source>%1: entry %2 of the param &quot;%3&quot; is not a text. Write it in quotes and leave none empty.</source>
        <translation>%1: العنصر %2 من المعامل &quot;%3&quot; ليس نصًا. اكتبه بين علامتي تنصيص ولا تترك أي عنصر فارغًا.</translation>
    </message>
    <message>
        <source>%1: the value &quot;%2&quot; is listed twice in &quot;values&quot;. List each value once.</source>
        <translation>%1: القيمة &quot;%2&quot; مذكورة مرتين في &quot;values&quot;. اذكر كل قيمة مرة واحدة.</translation>
    </message>
    <message>
        <source>%1: the param &quot;synonyms&quot; must map what people type to a value, like {&quot;website&quot;: &quot;Web&quot;}.</source>
        <translation>%1: يجب أن يربط المعامل &quot;synonyms&quot; ما يكتبه المستخدمون بقيمة، مثل {&quot;website&quot;: &quot;Web&quot;}.</translation>
    </message>
    <message>
        <source>%1: a synonym in &quot;synonyms&quot; is empty. Remove it.</source>
        <translation>%1: أحد المرادفات في &quot;synonyms&quot; فارغ. احذفه.</translation>
    </message>
    <message>
        <source>%1: the synonym &quot;%2&quot; points to &quot;%3&quot;, which is not one of the &quot;values&quot;. Point it to one of: %4.</source>
        <translation>%1: المرادف &quot;%2&quot; يشير إلى &quot;%3&quot;، وهي ليست من &quot;values&quot;. اجعله يشير إلى إحدى القيم: %4.</translation>
    </message>
    <message>
        <source>%1: a %2 rule takes no params; remove &quot;%3&quot;.</source>
        <translation>%1: قاعدة من نوع %2 لا تقبل معاملات؛ احذف &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: a %2 rule has no param &quot;%3&quot;; it knows %4.</source>
        <translation>%1: قاعدة من نوع %2 ليس لها المعامل &quot;%3&quot;؛ المعاملات المعروفة: %4.</translation>
    </message>
    <message>
        <source>%1: the param &quot;months&quot; must be a whole number of months from 1 to 1200.</source>
        <translation>%1: يجب أن يكون المعامل &quot;months&quot; عددًا صحيحًا من الأشهر بين 1 و1200.</translation>
    </message>
    <message>
        <source>%1: the param &quot;tags&quot; belongs to the newsletter_tag conflict; remove it.</source>
        <translation>%1: المعامل &quot;tags&quot; خاص بتعارض newsletter_tag؛ احذفه.</translation>
    </message>
    <message>
        <source>The style guide is not valid JSON: %1 at character %2. Correct the file and try again.</source>
        <translation>دليل الأسلوب ليس JSON صالحًا: %1 عند الحرف %2. صحّح الملف وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The style guide must be a JSON object with a &quot;rules&quot; list.</source>
        <translation>يجب أن يكون دليل الأسلوب كائن JSON يحتوي على قائمة &quot;rules&quot;.</translation>
    </message>
    <message>
        <source>The file is not a Kempt style guide: &quot;format&quot; is &quot;%1&quot; instead of &quot;%2&quot;.</source>
        <translation>الملف ليس دليل أسلوب Kempt: قيمة &quot;format&quot; هي &quot;%1&quot; بدلًا من &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The style guide&apos;s &quot;version&quot; must be a whole number (or left out).</source>
        <translation>يجب أن تكون قيمة &quot;version&quot; في دليل الأسلوب عددًا صحيحًا (أو تُحذف).</translation>
    </message>
    <message>
        <source>The style guide&apos;s &quot;defaultRegion&quot; must be a two-letter country code such as &quot;DE&quot;, or &quot;&quot;.</source>
        <translation>يجب أن تكون قيمة &quot;defaultRegion&quot; في دليل الأسلوب رمز بلد من حرفين مثل &quot;DE&quot;، أو &quot;&quot;.</translation>
    </message>
    <message>
        <source>The style guide has no &quot;rules&quot; list. Put its rules in &quot;rules&quot;: [ ... ].</source>
        <translation>لا يحتوي دليل الأسلوب على قائمة &quot;rules&quot;. ضع قواعده في &quot;rules&quot;: [ ... ].</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>القاعدة %1</translation>
    </message>
    <message>
        <source>%1 is not an object. Write each rule as {&quot;id&quot;: ..., &quot;kind&quot;: ..., ...}.</source>
        <translation>%1 ليست كائنًا. اكتب كل قاعدة بالشكل {&quot;id&quot;: ..., &quot;kind&quot;: ..., ...}.</translation>
    </message>
    <message>
        <source>%1 (%2): rule %3 has the same id. Give each rule its own id.</source>
        <translation>%1 (%2): للقاعدة %3 المعرّف نفسه. امنح كل قاعدة معرّفًا خاصًا بها.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of texts, like [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>%1: يجب أن يكون &quot;%2&quot; قائمة نصوص، مثل [&quot;a&quot;, &quot;b&quot;].</translation>
    </message>
    <message>
        <source>%1: entry %2 of &quot;%3&quot; is not a text. Put it in quotes.</source>
        <translation>%1: العنصر %2 من &quot;%3&quot; ليس نصًا. ضعه بين علامتي تنصيص.</translation>
    </message>
    <message>
        <source>%1: &quot;fields&quot; is empty. Name the fields the rule checks, e.g. [&quot;email&quot;].</source>
        <translation>%1: &quot;fields&quot; فارغ. اذكر الحقول التي تفحصها القاعدة، مثل [&quot;email&quot;].</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a field of a %3. Use one of: %4.</source>
        <translation>%1: &quot;%2&quot; ليس حقلًا من حقول %3. استخدم أحد الحقول: %4.</translation>
    </message>
    <message>
        <source>%1: a %2 rule cannot check the field &quot;%3&quot;. Remove the field or use another kind of rule.</source>
        <translation>%1: لا يمكن لقاعدة من نوع %2 فحص الحقل &quot;%3&quot;. احذف الحقل أو استخدم نوعًا آخر من القواعد.</translation>
    </message>
    <message>
        <source>%1: a picklist rule cannot check &quot;%2&quot;, which holds several values.</source>
        <translation>%1: لا يمكن لقاعدة قائمة الاختيارات فحص &quot;%2&quot; لأنه يحتوي على عدة قيم.</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is listed twice. List each field once.</source>
        <translation>%1: الحقل &quot;%2&quot; مذكور مرتين. اذكر كل حقل مرة واحدة.</translation>
    </message>
    <message>
        <source>%1: consent rules apply to contacts. Set &quot;entity&quot; to &quot;contact&quot;.</source>
        <translation>%1: قواعد الموافقة تنطبق على جهات الاتصال. اضبط &quot;entity&quot; على &quot;contact&quot;.</translation>
    </message>
    <message>
        <source>%1: legal form rules apply to companies. Set &quot;entity&quot; to &quot;company&quot;.</source>
        <translation>%1: قواعد الشكل القانوني تنطبق على الشركات. اضبط &quot;entity&quot; على &quot;company&quot;.</translation>
    </message>
    <message>
        <source>%1: a %2 rule has nothing to fix automatically. Set &quot;severity&quot; to &quot;error&quot; or &quot;warning&quot;.</source>
        <translation>%1: لا توجد لدى قاعدة من نوع %2 أي إصلاحات تلقائية. اضبط &quot;severity&quot; على &quot;error&quot; أو &quot;warning&quot;.</translation>
    </message>
    <message>
        <source>%1 has no &quot;id&quot;. Give it a stable name such as &quot;contact.email.format&quot;.</source>
        <translation>ليس لـ%1 &quot;id&quot;. امنحه اسمًا ثابتًا مثل &quot;contact.email.format&quot;.</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; may hold only lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>%1: لا يجوز أن يحتوي المعرّف &quot;%2&quot; إلا على أحرف لاتينية صغيرة وأرقام و&apos;.&apos; و&apos;_&apos; و&apos;-&apos;.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a rule setting. Use %3.</source>
        <translation>%1: &quot;%2&quot; ليس إعدادًا للقاعدة. استخدم %3.</translation>
    </message>
    <message>
        <source>%1: &quot;kind&quot; is &quot;%2&quot;; use one of %3.</source>
        <translation>%1: قيمة &quot;kind&quot; هي &quot;%2&quot;؛ استخدم إحدى القيم: %3.</translation>
    </message>
    <message>
        <source>%1: &quot;entity&quot; is &quot;%2&quot;; use &quot;contact&quot; or &quot;company&quot;.</source>
        <translation>%1: قيمة &quot;entity&quot; هي &quot;%2&quot;؛ استخدم &quot;contact&quot; أو &quot;company&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;severity&quot; is &quot;%2&quot;; use &quot;error&quot; (blocks saving), &quot;warning&quot; (marks the record) or &quot;fix&quot; (applied automatically).</source>
        <translation>%1: قيمة &quot;severity&quot; هي &quot;%2&quot;؛ استخدم &quot;error&quot; (يمنع الحفظ) أو &quot;warning&quot; (يضع علامة على السجل) أو &quot;fix&quot; (يُطبَّق تلقائيًا).</translation>
    </message>
    <message>
        <source>%1: &quot;enabled&quot; must be true or false.</source>
        <translation>%1: يجب أن تكون قيمة &quot;enabled&quot; هي true أو false.</translation>
    </message>
    <message>
        <source>%1 has no &quot;description&quot;. Say in a sentence what the rule asks for.</source>
        <translation>ليس لـ%1 &quot;description&quot;. اذكر في جملة واحدة ما تطلبه القاعدة.</translation>
    </message>
    <message>
        <source>%1: &quot;params&quot; must be an object, like {&quot;casing&quot;: &quot;title&quot;}.</source>
        <translation>%1: يجب أن يكون &quot;params&quot; كائنًا، مثل {&quot;casing&quot;: &quot;title&quot;}.</translation>
    </message>
</context>
<context>
    <name>StyleGuideDocument</name>
    <message>
        <source>Good</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>خاطئ</translation>
    </message>
    <message>
        <source>Data style guide</source>
        <translation>دليل أسلوب البيانات</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Kempt&apos;s default guide</source>
        <translation>دليل Kempt الافتراضي</translation>
    </message>
    <message>
        <source>These are the rules our customer data follows. Kempt applies them when a record is typed in, when a file is imported and in every audit. Each rule has a severity:</source>
        <translation>هذه هي القواعد التي تتبعها بيانات عملائنا. يطبّقها Kempt عند إدخال سجل، وعند استيراد ملف، وفي كل تدقيق. لكل قاعدة درجة خطورة:</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as numbers of %1.</source>
        <translation>تُقرأ أرقام الهاتف التي لا تحتوي على رمز بلد على أنها أرقام من %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule of the guide is switched off and not listed.</source>
        <translation>
            <numerusform>%Ln قاعدة من الدليل معطّلة وغير مدرجة.</numerusform>
            <numerusform>قاعدة واحدة من الدليل معطّلة وغير مدرجة.</numerusform>
            <numerusform>قاعدتان من الدليل معطّلتان وغير مدرجتين.</numerusform>
            <numerusform>%Ln قواعد من الدليل معطّلة وغير مدرجة.</numerusform>
            <numerusform>%Ln قاعدة من الدليل معطّلة وغير مدرجة.</numerusform>
            <numerusform>%Ln قاعدة من الدليل معطّلة وغير مدرجة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rules of the guide are switched off and not listed.</source>
        <translation>
            <numerusform>%Ln قاعدة من الدليل معطّلة وغير مدرجة.</numerusform>
            <numerusform>قاعدة واحدة من الدليل معطّلة وغير مدرجة.</numerusform>
            <numerusform>قاعدتان من الدليل معطّلتان وغير مدرجتين.</numerusform>
            <numerusform>%Ln قواعد من الدليل معطّلة وغير مدرجة.</numerusform>
            <numerusform>%Ln قاعدة من الدليل معطّلة وغير مدرجة.</numerusform>
            <numerusform>%Ln قاعدة من الدليل معطّلة وغير مدرجة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StyleGuideFiles</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>تتعذّر كتابة %1: %2. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>تتعذّر قراءة %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Data style guide</source>
        <translation>دليل أسلوب البيانات</translation>
    </message>
    <message>
        <source>Cannot write %1. Choose another folder.</source>
        <translation>تتعذّر كتابة %1. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Print Style Guide</source>
        <translation>طباعة دليل الأسلوب</translation>
    </message>
</context>
<context>
    <name>StyleGuideStore</name>
    <message>
        <source>There is no style guide version %1.</source>
        <translation>لا يوجد الإصدار %1 من دليل الأسلوب.</translation>
    </message>
    <message>
        <source>Style guide version %1 cannot be read: %2</source>
        <translation>تتعذّر قراءة الإصدار %1 من دليل الأسلوب: %2</translation>
    </message>
    <message>
        <source>The style guide was not saved: %1</source>
        <translation>لم يتم حفظ دليل الأسلوب: %1</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <source>Deals cannot carry tags. Tag the deal&apos;s contact or company instead.</source>
        <translation>لا يمكن إضافة وسوم إلى الصفقات. أضف الوسم إلى جهة الاتصال أو الشركة المرتبطة بالصفقة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>A tag needs a name. Type a name such as &quot;Customer&quot;.</source>
        <translation>يحتاج الوسم إلى اسم. اكتب اسمًا مثل &quot;عميل&quot;.</translation>
    </message>
    <message>
        <source>The tag name &quot;%1&quot; contains a comma, but commas separate tags. Use another character, such as a dash.</source>
        <translation>يحتوي اسم الوسم &quot;%1&quot; على فاصلة، لكن الفواصل تفصل بين الوسوم. استخدم حرفًا آخر، مثل الشَّرطة.</translation>
    </message>
    <message>
        <source>A tag named &quot;%1&quot; already exists. Use that tag or choose another name.</source>
        <translation>يوجد بالفعل وسم باسم &quot;%1&quot;. استخدم ذلك الوسم أو اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The tag no longer exists. Refresh the tag list and try again.</source>
        <translation>لم يعد الوسم موجودًا. حدّث قائمة الوسوم وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Another tag is already named &quot;%1&quot;. To combine the two, merge &quot;%2&quot; into &quot;%1&quot; instead.</source>
        <translation>يوجد وسم آخر باسم &quot;%1&quot; بالفعل. لجمعهما، ادمج &quot;%2&quot; في &quot;%1&quot; بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>One of the tags to merge no longer exists. Refresh the tag list and try again.</source>
        <translation>أحد الوسوم المراد دمجها لم يعد موجودًا. حدّث قائمة الوسوم وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself. Choose two different tags.</source>
        <translation>لا يمكن دمج الوسم في نفسه. اختر وسمين مختلفين.</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>due %1</source>
        <translation>الاستحقاق %1</translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <source>A note is not an activity. Add it as a note instead.</source>
        <translation>الملاحظة ليست نشاطًا. أضفها كملاحظة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>A task needs a subject that says what to do. Type one, such as &quot;Send the offer&quot;.</source>
        <translation>تحتاج المهمة إلى موضوع يوضح ما يجب فعله. اكتب موضوعًا، مثل &quot;إرسال العرض&quot;.</translation>
    </message>
    <message>
        <source>The %1 with id %2 no longer exists, so nothing can be added to its timeline. Refresh the list and try again.</source>
        <translation>لم يعد العنصر (%1) ذو المعرّف %2 موجودًا، لذا لا يمكن إضافة شيء إلى مخططه الزمني. حدّث القائمة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>A note needs some text. Type the note, or cancel.</source>
        <translation>تحتاج الملاحظة إلى نص. اكتب الملاحظة أو ألغِ.</translation>
    </message>
    <message>
        <source>A note needs some text. To remove the note, delete it instead.</source>
        <translation>تحتاج الملاحظة إلى نص. لإزالة الملاحظة، احذفها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The note no longer exists. Refresh the timeline and try again.</source>
        <translation>لم تعد الملاحظة موجودة. حدّث المخطط الزمني وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The activity no longer exists. Refresh the timeline and try again.</source>
        <translation>لم يعد النشاط موجودًا. حدّث المخطط الزمني وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>WidgetExporter</name>
    <message>
        <source>Cannot write %1. Choose a folder you may write to and try again.</source>
        <translation>تتعذّر كتابة %1. اختر مجلدًا لديك صلاحية الكتابة فيه وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop CRM that keeps customer data clean.</source>
        <translation>نظام CRM لسطح المكتب يحافظ على نظافة بيانات العملاء.</translation>
    </message>
    <message>
        <source>The workspace file to open (created when missing).</source>
        <translation>ملف مساحة العمل المراد فتحه (يُنشأ إن لم يكن موجودًا).</translation>
    </message>
</context>
</TS>
