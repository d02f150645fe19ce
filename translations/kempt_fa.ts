<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Audit</name>
    <message>
        <source>Finding the records a change touched</source>
        <translation>یافتن رکوردهایی که تغییر بر آن‌ها اثر گذاشته است</translation>
    </message>
    <message>
        <source>Applying the style guide&apos;s fixes</source>
        <translation>اعمال اصلاحات شیوه‌نامه</translation>
    </message>
    <message>
        <source>Storing the data-quality findings</source>
        <translation>ذخیرهٔ یافته‌های کیفیت داده</translation>
    </message>
    <message>
        <source>A record&apos;s e-mails, phones or tags could not be read. Run &quot;kempt-cli info&quot; to check the workspace.</source>
        <translation>ایمیل‌ها، تلفن‌ها یا برچسب‌های یکی از رکوردها خوانده نشد. برای بررسی فضای کاری، &quot;kempt-cli info&quot; را اجرا کنید.</translation>
    </message>
    <message>
        <source>Reading the records for the audit</source>
        <translation>خواندن رکوردها برای ممیزی</translation>
    </message>
    <message>
        <source>The workspace is not open. Open it again and retry.</source>
        <translation>فضای کاری باز نیست. آن را دوباره باز کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The workspace could not be read for the audit: %1</source>
        <translation>فضای کاری برای ممیزی خوانده نشد: %1</translation>
    </message>
    <message>
        <source>%1 failed because the disk is full. Free some space and try again.</source>
        <translation>«%1» ناموفق بود، چون دیسک پر است. مقداری فضا آزاد کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>%1 failed because another program is writing to the workspace. Try again when it has finished.</source>
        <translation>«%1» ناموفق بود، چون برنامهٔ دیگری در حال نوشتن در فضای کاری است. پس از پایان کار آن، دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>«%1» ناموفق بود: %2</translation>
    </message>
    <message>
        <source>No workspace is open. Open one, then run the audit.</source>
        <translation>هیچ فضای کاری باز نیست. یکی را باز کنید و سپس ممیزی را اجرا کنید.</translation>
    </message>
    <message>
        <source>The audit was cancelled; the previous findings are kept.</source>
        <translation>ممیزی لغو شد؛ یافته‌های قبلی حفظ شد.</translation>
    </message>
    <message>
        <source>The style guide has no rule &quot;%1&quot;. Rules with fixes: %2.</source>
        <translation>شیوه‌نامه قاعده‌ای با نام &quot;%1&quot; ندارد. قواعدی که اصلاح دارند: %2.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; checks %2; there is nothing it could change by itself. Name a rule about how values are written (see &quot;kempt-cli audit&quot;).</source>
        <translation>قاعدهٔ &quot;%1&quot; %2 را بررسی می‌کند؛ چیزی نیست که خودش بتواند تغییر دهد. قاعده‌ای دربارهٔ نحوهٔ نوشتن مقادیر نام ببرید (به &quot;kempt-cli audit&quot; نگاه کنید).</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; is switched off in the style guide. Switch it on first.</source>
        <translation>قاعدهٔ &quot;%1&quot; در شیوه‌نامه خاموش است. ابتدا آن را روشن کنید.</translation>
    </message>
    <message>
        <source>The style guide has no rule &quot;%1&quot;.</source>
        <translation>شیوه‌نامه قاعده‌ای با نام &quot;%1&quot; ندارد.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; checks %2; there is nothing it could change by itself.</source>
        <translation>قاعدهٔ &quot;%1&quot; %2 را بررسی می‌کند؛ چیزی نیست که خودش بتواند تغییر دهد.</translation>
    </message>
    <message>
        <source>Counting was cancelled.</source>
        <translation>شمارش لغو شد.</translation>
    </message>
    <message>
        <source>Working out the fixes was cancelled; nothing was changed.</source>
        <translation>محاسبهٔ اصلاح‌ها لغو شد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Counting duplicates</source>
        <translation>شمارش موارد تکراری</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The workspace file.</source>
        <translation>فایل فضای کاری.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>نمایش همین راهنما.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>نمایش نسخه.</translation>
    </message>
    <message>
        <source>Usage: kempt-cli [--db FILE] COMMAND [options]</source>
        <translation>کاربرد: kempt-cli [--db FILE] COMMAND [options]</translation>
    </message>
    <message>
        <source>Creates, inspects and exports Kempt workspaces.</source>
        <translation>فضاهای کاری Kempt را می‌سازد، بررسی می‌کند و صادر می‌کند.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>فرمان‌ها:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>گزینه‌ها:</translation>
    </message>
    <message>
        <source>The workspace file (default: %1)</source>
        <translation>فایل فضای کاری (پیش‌فرض: %1)</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>نمایش همین راهنما</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>نمایش نسخه</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>&quot;%1&quot; فرمان نیست.</translation>
    </message>
    <message>
        <source>--db needs the name of a workspace file.</source>
        <translation>گزینهٔ --db به نام یک فایل فضای کاری نیاز دارد.</translation>
    </message>
    <message>
        <source>There is no workspace at %1 yet. Create it with &quot;kempt-cli init&quot;, or name another file with --db FILE.</source>
        <translation>هنوز در %1 فضای کاری وجود ندارد. آن را با &quot;kempt-cli init&quot; بسازید، یا با --db FILE فایل دیگری را مشخص کنید.</translation>
    </message>
    <message>
        <source>%1 does not exist. Create a workspace there with &quot;kempt-cli init %1&quot;, or check the file name.</source>
        <translation>%1 وجود ندارد. با &quot;kempt-cli init %1&quot; در آنجا یک فضای کاری بسازید، یا نام فایل را بررسی کنید.</translation>
    </message>
    <message>
        <source>What to export: contacts (the default) or companies.</source>
        <translation>چه چیزی صادر شود: contacts (پیش‌فرض) یا companies.</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark, for Excel on Windows.</source>
        <translation>شروع فایل با نشانهٔ ترتیب بایت UTF-8، برای Excel در Windows.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be exported. Use --entity contacts or --entity companies.</source>
        <translation>&quot;%1&quot; قابل صدور نیست. از --entity contacts یا --entity companies استفاده کنید.</translation>
    </message>
    <message>
        <source>Name the file to write, or &quot;-&quot; for standard output: kempt-cli export --format csv OUT</source>
        <translation>نام فایل خروجی را بدهید، یا &quot;-&quot; برای خروجی استاندارد: kempt-cli export --format csv OUT</translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose another file name for the export.</source>
        <translation>%1 خودِ فضای کاری است؛ برای خروجی نام فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose a folder you can write to.</source>
        <translation>نوشتن در %1 ممکن نیست: %2. پوشه‌ای را انتخاب کنید که اجازهٔ نوشتن در آن را دارید.</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 نوشته نشد: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>نوشتن در %1 ممکن نیست: %2. فضای آزاد دیسک و مجوزهای پوشه را بررسی کنید.</translation>
    </message>
    <message>
        <source>Records exported to %1: %2.</source>
        <translation>رکوردهای صادرشده به %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln رکورد</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the workspace&apos;s format version and the rows in each table</source>
        <translation>نمایش نسخهٔ قالب فضای کاری و تعداد ردیف‌های هر جدول</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>چاپ JSON به‌جای متن.</translation>
    </message>
    <message>
        <source>info takes no file name; name the workspace with --db FILE.</source>
        <translation>فرمان info نام فایل نمی‌پذیرد؛ فضای کاری را با --db FILE مشخص کنید.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>فضای کاری: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Kempt reads up to %2)</source>
        <translation>نسخهٔ طرح‌واره: %1 (این نسخهٔ Kempt تا %2 را می‌خواند)</translation>
    </message>
    <message>
        <source>Kempt version: %1</source>
        <translation>نسخهٔ Kempt: %1</translation>
    </message>
    <message>
        <source>File size: %1 bytes</source>
        <translation>اندازهٔ فایل: %1 بایت</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>تعداد ردیف‌ها در هر جدول:</translation>
    </message>
    <message>
        <source>Create a new, empty workspace (FILE defaults to the --db file)</source>
        <translation>ساختن یک فضای کاری جدید و خالی (FILE به‌طور پیش‌فرض همان فایل --db است)</translation>
    </message>
    <message>
        <source>init takes one file name. Usage: kempt-cli init [FILE]</source>
        <translation>فرمان init یک نام فایل می‌پذیرد. کاربرد: kempt-cli init [FILE]</translation>
    </message>
    <message>
        <source>%1 already exists; init only creates new workspaces and leaves existing files alone. Choose another file name, or use the existing workspace with --db %1.</source>
        <translation>%1 از قبل وجود دارد؛ init فقط فضای کاری جدید می‌سازد و به فایل‌های موجود دست نمی‌زند. نام فایل دیگری انتخاب کنید، یا با --db %1 از فضای کاری موجود استفاده کنید.</translation>
    </message>
    <message>
        <source>Created the workspace %1 (format version %2).</source>
        <translation>فضای کاری %1 ساخته شد (نسخهٔ قالب %2).</translation>
    </message>
    <message>
        <source>Fill an empty workspace with invented companies, contacts and deals</source>
        <translation>پر کردن یک فضای کاری خالی با شرکت‌ها، مخاطبان و معاملات ساختگی</translation>
    </message>
    <message>
        <source>How many contacts to invent (default %1).</source>
        <translation>تعداد مخاطبان ساختگی (پیش‌فرض %1).</translation>
    </message>
    <message>
        <source>sample-data takes no file name; name the workspace with --db FILE.</source>
        <translation>فرمان sample-data نام فایل نمی‌پذیرد؛ فضای کاری را با --db FILE مشخص کنید.</translation>
    </message>
    <message>
        <source>--contacts needs a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--contacts به یک عدد صحیح از 1 تا %1 نیاز دارد، نه &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 already holds contacts, and the sample data goes into an empty workspace. Create one with &quot;kempt-cli init NEW.sqlite&quot;, then run &quot;kempt-cli --db NEW.sqlite sample-data&quot;.</source>
        <translation>%1 از قبل مخاطب دارد و داده‌های نمونه فقط در فضای کاری خالی بارگذاری می‌شود. با &quot;kempt-cli init NEW.sqlite&quot; یک فضای کاری بسازید، سپس &quot;kempt-cli --db NEW.sqlite sample-data&quot; را اجرا کنید.</translation>
    </message>
    <message>
        <source>Loaded the sample data into %1: %2 contacts, %3 companies, %4 deals.</source>
        <translation>داده‌های نمونه در %1 بارگذاری شد: %2 مخاطب، %3 شرکت، %4 معامله.</translation>
    </message>
    <message>
        <source>Check every record against the style guide: scores, findings per rule, the records with most to do</source>
        <translation>بررسی همهٔ رکوردها بر اساس شیوه‌نامه: امتیازها، یافته‌های هر قاعده و رکوردهایی که بیشترین کار را لازم دارند</translation>
    </message>
    <message>
        <source>How many of the records with most to do to list (default 10).</source>
        <translation>چند رکورد از رکوردهایی که بیشترین کار را لازم دارند فهرست شود (پیش‌فرض 10).</translation>
    </message>
    <message>
        <source>audit takes no file name; name the workspace with --db FILE.</source>
        <translation>فرمان audit نام فایل نمی‌پذیرد؛ فضای کاری را با --db FILE مشخص کنید.</translation>
    </message>
    <message>
        <source>--top needs a whole number from 0 to 10000, not &quot;%1&quot;.</source>
        <translation>--top به یک عدد صحیح از 0 تا 10000 نیاز دارد، نه &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Audited %1 records (%2 contacts, %3 companies) of %4 in %5 s with %6: %7 findings.</source>
        <translation>%1 رکورد (%2 مخاطب، %3 شرکت) از %4 در %5 ثانیه با %6 ممیزی شد: %7 یافته.</translation>
    </message>
    <message>
        <source>style guide version %1</source>
        <translation>شیوه‌نامه، نسخهٔ %1</translation>
    </message>
    <message>
        <source>the default style guide</source>
        <translation>شیوه‌نامهٔ پیش‌فرض</translation>
    </message>
    <message>
        <source>Scores (0 to 100, higher is better):</source>
        <translation>امتیازها (0 تا 100، هرچه بیشتر بهتر):</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>کلی</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>کامل‌بودن</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>اعتبار</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>یکدستی</translation>
    </message>
    <message>
        <source>Uniqueness</source>
        <translation>یکتایی</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>به‌روز بودن</translation>
    </message>
    <message>
        <source>Findings per rule (records, errors, warnings, fixes):</source>
        <translation>یافته‌ها به تفکیک قاعده (رکوردها، خطاها، هشدارها، اصلاح‌ها):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Records with most to do:</source>
        <translation>رکوردهایی که بیشترین کار را لازم دارند:</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 fixes</source>
        <translation>%1 خطا، %2 هشدار، %3 اصلاح</translation>
    </message>
    <message>
        <source>Check one value a line from standard input; write input, normalized, verdict, reason and suggestion as TSV</source>
        <translation>بررسی یک مقدار در هر خط از ورودی استاندارد و نوشتن ورودی، شکل یکدست‌شده، نتیجه، دلیل و پیشنهاد به‌صورت TSV</translation>
    </message>
    <message>
        <source>What the values are: email, phone, name, company, country or date.</source>
        <translation>نوع مقادیر: email، phone، name، company، country یا date.</translation>
    </message>
    <message>
        <source>The country (ISO code such as DE) of phone numbers without +CC.</source>
        <translation>کشورِ شماره‌تلفن‌هایی که +CC ندارند (کد ISO مانند DE).</translation>
    </message>
    <message>
        <source>How numeric dates are read: dmy (31/12/2024), mdy (12/31/2024) or ymd. Without it, a date such as 03/04/2024 is reported as ambiguous.</source>
        <translation>نحوهٔ خواندن تاریخ‌های عددی: dmy (31/12/2024)، mdy (12/31/2024) یا ymd. بدون آن، تاریخی مانند 03/04/2024 مبهم گزارش می‌شود.</translation>
    </message>
    <message>
        <source>Name the kind of values with --field %1.</source>
        <translation>نوع مقادیر را با --field %1 مشخص کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field check knows; use --field %2.</source>
        <translation>&quot;%1&quot; فیلدی نیست که check بشناسد؛ از --field %2 استفاده کنید.</translation>
    </message>
    <message>
        <source>--region takes a two-letter country code such as DE, not &quot;%1&quot;.</source>
        <translation>--region یک کد دوحرفی کشور مانند DE می‌پذیرد، نه &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--order is dmy, mdy or ymd, not &quot;%1&quot;.</source>
        <translation>--order باید dmy، mdy یا ymd باشد، نه &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>check reads its values from standard input, one a line; it takes no file name.</source>
        <translation>فرمان check مقادیر را از ورودی استاندارد می‌خواند، هر خط یک مقدار؛ نام فایل نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>Standard input cannot be read: %1</source>
        <translation>ورودی استاندارد خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <source>The results could not be written: %1</source>
        <translation>نتایج نوشته نشد: %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>%1 phone, stored E.164 form</source>
        <translation>تلفن %1 (شکل ذخیره‌شدهٔ E.164)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Apply the style guide&apos;s fixes to every record as one change that can be undone (--dry-run: only show them)</source>
        <translation>اعمال اصلاحات شیوه‌نامه روی همهٔ رکوردها به‌صورت یک تغییر قابل واگرد (--dry-run: فقط نمایش آن‌ها)</translation>
    </message>
    <message>
        <source>Apply only this rule&apos;s fixes (an id from &quot;kempt-cli audit&quot;).</source>
        <translation>فقط اصلاحات این قاعده اعمال شود (شناسه‌ای از &quot;kempt-cli audit&quot;).</translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation>نمایش آنچه تغییر می‌کند، بدون نوشتن چیزی.</translation>
    </message>
    <message>
        <source>fix takes no file name; name the workspace with --db FILE.</source>
        <translation>فرمان fix نام فایل نمی‌پذیرد؛ فضای کاری را با --db FILE مشخص کنید.</translation>
    </message>
    <message>
        <source>--rule needs the id of a rule, e.g. --rule contact.phone.format.</source>
        <translation>--rule به شناسهٔ یک قاعده نیاز دارد، مثلاً --rule contact.phone.format.</translation>
    </message>
    <message>
        <source>the style guide&apos;s fixes</source>
        <translation>اصلاحات شیوه‌نامه</translation>
    </message>
    <message>
        <source>the fixes of rule %1</source>
        <translation>اصلاحات قاعدهٔ %1</translation>
    </message>
    <message>
        <source>Nothing to fix: every record already follows %1.</source>
        <translation>چیزی برای اصلاح نیست: همهٔ رکوردها از قبل با %1 سازگارند.</translation>
    </message>
    <message>
        <source>Dry run: %1 would change %2 records (%3 values). Nothing was written.</source>
        <translation>اجرای آزمایشی: %1 در %2 رکورد (%3 مقدار) تغییر می‌داد. چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>Applied %1 to %2 records (%3 values) of %4 as one change (batch %5).</source>
        <translation>%1 روی %2 رکورد (%3 مقدار) از %4 به‌صورت یک تغییر اعمال شد (دستهٔ %5).</translation>
    </message>
    <message>
        <source>Write the active style guide to FILE as JSON, store FILE as the next version, or list the versions (&quot;-&quot; for standard output or input)</source>
        <translation>نوشتن شیوه‌نامهٔ فعال در FILE به‌صورت JSON، ذخیرهٔ FILE به‌عنوان نسخهٔ بعدی، یا فهرست کردن نسخه‌ها (&quot;-&quot; برای خروجی یا ورودی استاندارد)</translation>
    </message>
    <message>
        <source>Why the rules change; stored with the imported version.</source>
        <translation>دلیل تغییر قواعد؛ همراه نسخهٔ درون‌ریزی‌شده ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>Use &quot;style-guide export FILE&quot;, &quot;style-guide import FILE&quot; or &quot;style-guide history&quot;.</source>
        <translation>از &quot;style-guide export FILE&quot;، &quot;style-guide import FILE&quot; یا &quot;style-guide history&quot; استفاده کنید.</translation>
    </message>
    <message>
        <source>The style guide could not be written to standard output.</source>
        <translation>شیوه‌نامه در خروجی استاندارد نوشته نشد.</translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose another file name for the style guide.</source>
        <translation>%1 خودِ فضای کاری است؛ برای شیوه‌نامه نام فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Style guide version %1 (%2 rules) written to %3.</source>
        <translation>شیوه‌نامه، نسخهٔ %1 (%2 قاعده)، در %3 نوشته شد.</translation>
    </message>
    <message>
        <source>The default style guide (%1 rules) written to %2.</source>
        <translation>شیوه‌نامهٔ پیش‌فرض (%1 قاعده) در %2 نوشته شد.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>ورودی استاندارد</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check the file name.</source>
        <translation>%1 خوانده نمی‌شود: %2. نام فایل را بررسی کنید.</translation>
    </message>
    <message>
        <source>%1 was not imported. %2</source>
        <translation>%1 درون‌ریزی نشد. %2</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>درون‌ریزی‌شده از %1</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 درون‌ریزی نشد: %2</translation>
    </message>
    <message>
        <source>Style guide version %1 stored: %2 rules from %3.</source>
        <translation>شیوه‌نامه، نسخهٔ %1 ذخیره شد: %2 قاعده از %3.</translation>
    </message>
    <message>
        <source>No style guide is stored; the default guide applies.</source>
        <translation>هیچ شیوه‌نامه‌ای ذخیره نشده است؛ شیوه‌نامهٔ پیش‌فرض اعمال می‌شود.</translation>
    </message>
    <message>
        <source>There are no pipelines yet. The first deal creates the &quot;Sales&quot; pipeline.</source>
        <translation>هنوز هیچ پایپ‌لاینی وجود ندارد. نخستین معامله پایپ‌لاین &quot;فروش&quot; را می‌سازد.</translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation>پایپ‌لاین: %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>احتمال.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معامله‌ها</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>وزن‌دار</translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln deal(s) in other currencies)</source>
        <translation>
            <numerusform>(+%Ln معامله با ارزهای دیگر)</numerusform>
        </translation>
    </message>
    <message>
        <source>Won: %1 deal(s), %2</source>
        <translation>موفق: %1 معامله، %2</translation>
    </message>
    <message>
        <source>Lost: %1 deal(s), %2</source>
        <translation>ناموفق: %1 معامله، %2</translation>
    </message>
    <message>
        <source>Win rate: %1%</source>
        <translation>نرخ موفقیت: %1%</translation>
    </message>
    <message>
        <source>Forecast (weighted value by expected close month):</source>
        <translation>پیش‌بینی (ارزش وزن‌دار بر اساس ماه بسته‌شدن پیش‌بینی‌شده):</translation>
    </message>
    <message>
        <source>No open deal has an expected close date.</source>
        <translation>هیچ معاملهٔ بازی تاریخ بسته‌شدن پیش‌بینی‌شده ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln معامله</numerusform>
        </translation>
    </message>
    <message>
        <source>List the pipelines and stages with their open deals, totals and weighted values, and the forecast</source>
        <translation>فهرست کردن پایپ‌لاین‌ها و مراحل همراه با معامله‌های باز، جمع‌ها و ارزش‌های وزن‌دار آن‌ها، و پیش‌بینی</translation>
    </message>
    <message>
        <source>Print JSON instead of text (amounts in minor units).</source>
        <translation>چاپ JSON به‌جای متن (مبالغ به کوچک‌ترین واحد پول).</translation>
    </message>
    <message>
        <source>deals takes no file name; name the workspace with --db FILE.</source>
        <translation>فرمان deals نام فایل نمی‌پذیرد؛ فضای کاری را با --db FILE مشخص کنید.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another file or folder.</source>
        <translation>نوشتن در %1 ممکن نیست: %2. فایل یا پوشهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2. Check the free space and try again.</source>
        <translation>%1 به‌طور کامل نوشته نشد: %2. فضای آزاد را بررسی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Find duplicate contacts in the workspace or in a spreadsheet, explain why they match, write pairs and groups</source>
        <translation>یافتن مخاطبان تکراری در فضای کاری یا در یک صفحه‌گسترده، توضیح دلیل تطابق آن‌ها، و نوشتن جفت‌ها و گروه‌ها</translation>
    </message>
    <message>
        <source>Scan this CSV spreadsheet instead of the workspace.</source>
        <translation>بررسی این صفحه‌گستردهٔ CSV به‌جای فضای کاری.</translation>
    </message>
    <message>
        <source>The spreadsheet column that holds record ids (default: row numbers).</source>
        <translation>ستونی از صفحه‌گسترده که شناسهٔ رکوردها را دارد (پیش‌فرض: شمارهٔ ردیف‌ها).</translation>
    </message>
    <message>
        <source>Write the matched pairs as CSV (id_a,id_b,score,band).</source>
        <translation>نوشتن جفت‌های مطابق به‌صورت CSV (id_a,id_b,score,band).</translation>
    </message>
    <message>
        <source>Write the duplicate groups as CSV (id,cluster_id).</source>
        <translation>نوشتن گروه‌های تکراری به‌صورت CSV (id,cluster_id).</translation>
    </message>
    <message>
        <source>dedupe takes no file name; scan a spreadsheet with --file INPUT.csv, the workspace with --db FILE.</source>
        <translation>فرمان dedupe نام فایل نمی‌پذیرد؛ صفحه‌گسترده را با --file INPUT.csv و فضای کاری را با --db FILE بررسی کنید.</translation>
    </message>
    <message>
        <source>--id-column only applies to a spreadsheet given with --file.</source>
        <translation>گزینهٔ --id-column فقط برای صفحه‌گسترده‌ای کاربرد دارد که با --file داده شده باشد.</translation>
    </message>
    <message>
        <source>--file needs the name of a CSV file.</source>
        <translation>گزینهٔ --file به نام یک فایل CSV نیاز دارد.</translation>
    </message>
    <message>
        <source>Scanned %1 records of %2 in %3 s: %4 candidate pairs compared, %5 matched.</source>
        <translation>%1 رکورد از %2 در %3 ثانیه بررسی شد: %4 جفت نامزد مقایسه شد و %5 جفت مطابق بود.</translation>
    </message>
    <message>
        <source>Duplicate groups: %1 sure, %2 possible (%3 records).</source>
        <translation>گروه‌های تکراری: %1 قطعی، %2 احتمالی (%3 رکورد).</translation>
    </message>
    <message>
        <source>Group %1 (%2, %3 records): %4</source>
        <translation>گروه %1 (%2، %3 رکورد): %4</translation>
    </message>
    <message>
        <source>Write the records to OUT as CSV, Excel or vCard (&quot;-&quot; for standard output)</source>
        <translation>نوشتن رکوردها در OUT به‌صورت CSV، Excel یا vCard (&quot;-&quot; برای خروجی استاندارد)</translation>
    </message>
    <message>
        <source>The file format: csv (the default), xlsx or vcf.</source>
        <translation>قالب فایل: csv (پیش‌فرض)، xlsx یا vcf.</translation>
    </message>
    <message>
        <source>The vCard version for --format vcf: 3.0 (the default) or 4.0.</source>
        <translation>نسخهٔ vCard برای --format vcf: 3.0 (پیش‌فرض) یا 4.0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export format kempt-cli knows. Use --format csv, xlsx or vcf.</source>
        <translation>&quot;%1&quot; قالب صدوری نیست که kempt-cli بشناسد. از --format csv، xlsx یا vcf استفاده کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vCard version kempt-cli writes. Use --vcard-version 3.0 or 4.0.</source>
        <translation>&quot;%1&quot; نسخه‌ای از vCard نیست که kempt-cli بنویسد. از --vcard-version 3.0 یا 4.0 استفاده کنید.</translation>
    </message>
    <message>
        <source>The mapping %1 is not valid JSON (%2).</source>
        <translation>نگاشت %1 JSON معتبری نیست (%2).</translation>
    </message>
    <message>
        <source>The sheet of a workbook to read (default: the first visible one).</source>
        <translation>برگه‌ای از کارپوشه که باید خوانده شود (پیش‌فرض: نخستین برگهٔ قابل مشاهده).</translation>
    </message>
    <message>
        <source>Store values as the file has them instead of applying the style guide&apos;s fixes.</source>
        <translation>ذخیرهٔ مقادیر همان‌طور که در فایل هستند، به‌جای اعمال اصلاحات شیوه‌نامه.</translation>
    </message>
    <message>
        <source>Reject rows with an error the style guide blocks saving for.</source>
        <translation>رد کردن ردیف‌هایی که خطایی دارند که شیوه‌نامه مانع ذخیرهٔ آن می‌شود.</translation>
    </message>
    <message>
        <source>Check and count everything; keep nothing.</source>
        <translation>بررسی و شمارش همه‌چیز، بدون نگه‌داشتن چیزی.</translation>
    </message>
    <message>
        <source>Write the rejected rows and their reasons to this CSV file.</source>
        <translation>نوشتن ردیف‌های ردشده و دلایل آن‌ها در این فایل CSV.</translation>
    </message>
    <message>
        <source>import needs exactly one file, e.g. kempt-cli import contacts.csv.</source>
        <translation>فرمان import دقیقاً به یک فایل نیاز دارد، مثلاً kempt-cli import contacts.csv.</translation>
    </message>
    <message>
        <source>--delimiter must be one character such as , ; | or the word tab.</source>
        <translation>گزینهٔ --delimiter باید یک نویسه مانند , ; | یا واژهٔ tab باشد.</translation>
    </message>
    <message>
        <source>Dry run of %1: nothing was written.</source>
        <translation>اجرای آزمایشی %1: چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>Imported %1 into %2 as import %3; undo it with &quot;kempt-cli undo-import %3&quot;.</source>
        <translation>%1 به‌عنوان درون‌ریزی %3 در %2 درون‌ریزی شد؛ برای واگرد آن، &quot;kempt-cli undo-import %3&quot; را اجرا کنید.</translation>
    </message>
    <message>
        <source>  rows read      %1</source>
        <translation>  ردیف‌های خوانده‌شده  %1</translation>
    </message>
    <message>
        <source>  created        %1</source>
        <translation>  ایجادشده           %1</translation>
    </message>
    <message>
        <source>  rejected       %1</source>
        <translation>  ردشده              %1</translation>
    </message>
    <message>
        <source>  values fixed   %1</source>
        <translation>  مقادیر اصلاح‌شده    %1</translation>
    </message>
    <message>
        <source>Rows with issues after cleanup, by rule:</source>
        <translation>ردیف‌های دارای مشکل پس از پاک‌سازی، به تفکیک قاعده:</translation>
    </message>
    <message>
        <source>  row %1 rejected: %2</source>
        <translation>  ردیف %1 رد شد: %2</translation>
    </message>
    <message>
        <source>The rejected rows are in %1.</source>
        <translation>ردیف‌های ردشده در %1 هستند.</translation>
    </message>
    <message>
        <source>List the imports, newest first, with what each one did</source>
        <translation>فهرست کردن درون‌ریزی‌ها، از جدیدترین، همراه با کاری که هر یک انجام داده است</translation>
    </message>
    <message>
        <source>imports takes no arguments.</source>
        <translation>فرمان imports آرگومانی نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>هنوز هیچ درون‌ریزی‌ای انجام نشده است.</translation>
    </message>
    <message>
        <source>List the merges of the workspace, newest first, with the ids &quot;unmerge&quot; takes</source>
        <translation>فهرست کردن ادغام‌های فضای کاری، از جدیدترین، همراه با شناسه‌هایی که &quot;unmerge&quot; می‌پذیرد</translation>
    </message>
    <message>
        <source>merges takes no arguments; name the workspace with --db FILE.</source>
        <translation>فرمان merges آرگومانی نمی‌پذیرد؛ فضای کاری را با --db FILE مشخص کنید.</translation>
    </message>
    <message>
        <source>No merges yet.</source>
        <translation>هنوز هیچ ادغامی انجام نشده است.</translation>
    </message>
    <message>
        <source>undone on %1</source>
        <translation>واگردشده در %1</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>برقرار</translation>
    </message>
    <message>
        <source>Merge %1 on %2 by %3 (%4): kept %5 “%6”, merged %7</source>
        <translation>ادغام %1 در %2 توسط %3 (%4): %5 «%6» نگه داشته شد، %7 ادغام شد</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Take an import back exactly, even after later edits of other records (ids from &quot;kempt-cli imports&quot;)</source>
        <translation>بازگرداندن دقیق یک درون‌ریزی، حتی پس از ویرایش‌های بعدی رکوردهای دیگر (شناسه‌ها از &quot;kempt-cli imports&quot;)</translation>
    </message>
    <message>
        <source>undo-import needs the number of an import, e.g. kempt-cli undo-import 3 (see kempt-cli imports).</source>
        <translation>فرمان undo-import به شمارهٔ یک درون‌ریزی نیاز دارد، مثلاً kempt-cli undo-import 3 (به kempt-cli imports نگاه کنید).</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: انجام شد.</translation>
    </message>
    <message>
        <source>Take a merge back: the merged contacts return with their ids, fields and links (ids from &quot;merges&quot;)</source>
        <translation>بازگرداندن یک ادغام: مخاطبان ادغام‌شده با شناسه‌ها، فیلدها و پیوندهایشان بازمی‌گردند (شناسه‌ها از &quot;merges&quot;)</translation>
    </message>
    <message>
        <source>unmerge needs exactly one merge id, e.g. &quot;kempt-cli unmerge 3&quot;; &quot;kempt-cli merges&quot; lists them.</source>
        <translation>فرمان unmerge دقیقاً به یک شناسهٔ ادغام نیاز دارد، مثلاً &quot;kempt-cli unmerge 3&quot;؛ &quot;kempt-cli merges&quot; آن‌ها را فهرست می‌کند.</translation>
    </message>
    <message>
        <source>“%1” is not a merge id; use a number from &quot;kempt-cli merges&quot;.</source>
        <translation>«%1» شناسهٔ ادغام نیست؛ از شماره‌ای از &quot;kempt-cli merges&quot; استفاده کنید.</translation>
    </message>
    <message>
        <source>Merge %1 undone: contacts %2 are back beside contact %3 (change %4).</source>
        <translation>ادغام %1 واگرد شد: مخاطبان %2 دوباره در کنار مخاطب %3 هستند (تغییر %4).</translation>
    </message>
    <message numerus="yes">
        <source>Kept %Ln later edit(s):</source>
        <translation>
            <numerusform>%Ln ویرایش بعدی حفظ شد:</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast: open deals by month of expected close</source>
        <translation>پیش‌بینی: معامله‌های باز بر اساس ماه بسته‌شدن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Win rate: won against won and lost, by month of closing</source>
        <translation>نرخ موفقیت: معامله‌های موفق نسبت به مجموع موفق و ناموفق، بر اساس ماه بسته‌شدن</translation>
    </message>
    <message>
        <source>Sales cycle: days from creation to won, by month won</source>
        <translation>چرخهٔ فروش: تعداد روزها از ایجاد تا موفقیت، بر اساس ماه موفقیت</translation>
    </message>
    <message>
        <source>Time in stage: average days of a finished stay</source>
        <translation>زمان در مرحله: میانگین روزهای یک حضور پایان‌یافته</translation>
    </message>
    <message>
        <source>Won and lost deals by month of closing</source>
        <translation>معامله‌های موفق و ناموفق بر اساس ماه بسته‌شدن</translation>
    </message>
    <message>
        <source>There is no pipeline &quot;%1&quot;: the workspace has no pipelines yet.</source>
        <translation>پایپ‌لاین &quot;%1&quot; وجود ندارد: فضای کاری هنوز هیچ پایپ‌لاینی ندارد.</translation>
    </message>
    <message>
        <source>There is no pipeline &quot;%1&quot;. Use one of: %2.</source>
        <translation>پایپ‌لاین &quot;%1&quot; وجود ندارد. از یکی از این‌ها استفاده کنید: %2.</translation>
    </message>
    <message>
        <source>No deal has an owner, so there is no owner &quot;%1&quot; to report on.</source>
        <translation>هیچ معامله‌ای مالک ندارد، پس مالکی با نام &quot;%1&quot; برای گزارش وجود ندارد.</translation>
    </message>
    <message>
        <source>No deal belongs to &quot;%1&quot;. Owners of deals: %2.</source>
        <translation>هیچ معامله‌ای متعلق به &quot;%1&quot; نیست. مالکان معامله‌ها: %2.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD, e.g. 2025-01-31.</source>
        <translation>--%1: &quot;%2&quot; تاریخ نیست؛ آن را به شکل YYYY-MM-DD بنویسید، مثلاً 2025-01-31.</translation>
    </message>
    <message>
        <source>Print one deal report, or write it as CSV</source>
        <translation>چاپ یک گزارش معامله، یا نوشتن آن به‌صورت CSV</translation>
    </message>
    <message>
        <source>deals report: only this pipeline (name or id).</source>
        <translation>deals report: فقط این پایپ‌لاین (نام یا شناسه).</translation>
    </message>
    <message>
        <source>deals report: only the deals of this owner.</source>
        <translation>deals report: فقط معامله‌های این مالک.</translation>
    </message>
    <message>
        <source>deals report: the period&apos;s first day (YYYY-MM-DD).</source>
        <translation>deals report: نخستین روز دوره (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>deals report: the period&apos;s last day (YYYY-MM-DD).</source>
        <translation>deals report: آخرین روز دوره (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>deals report: sum the amounts of this currency (default: the workspace&apos;s).</source>
        <translation>deals report: جمع مبالغ به این ارز (پیش‌فرض: ارز فضای کاری).</translation>
    </message>
    <message>
        <source>deals report: write CSV to FILE, or &quot;-&quot; for standard output.</source>
        <translation>deals report: نوشتن CSV در FILE، یا &quot;-&quot; برای خروجی استاندارد.</translation>
    </message>
    <message>
        <source>Name one report: kempt-cli deals report %1</source>
        <translation>یک گزارش را نام ببرید: kempt-cli deals report %1</translation>
    </message>
    <message>
        <source>--from %1 comes after --to %2; swap them.</source>
        <translation>--from %1 پس از --to %2 است؛ جای آن‌ها را عوض کنید.</translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose another file name for the report.</source>
        <translation>%1 خودِ فضای کاری است؛ برای گزارش نام فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>گزارش در %1 نوشته شد.</translation>
    </message>
    <message>
        <source>Nothing to report for these deals and dates.</source>
        <translation>برای این معامله‌ها و تاریخ‌ها چیزی برای گزارش وجود ندارد.</translation>
    </message>
    <message>
        <source>The mapping %1 cannot be read: %2.</source>
        <translation>نگاشت %1 خوانده نمی‌شود: %2.</translation>
    </message>
    <message>
        <source>There is no saved mapping or mapping file &quot;%1&quot;, and no mapping is saved yet. Use --mapping auto, and --save-mapping NAME to keep one.</source>
        <translation>هیچ نگاشت ذخیره‌شده یا فایل نگاشتی با نام &quot;%1&quot; وجود ندارد و هنوز هیچ نگاشتی ذخیره نشده است. از --mapping auto استفاده کنید، و برای نگه داشتن یک نگاشت از --save-mapping NAME.</translation>
    </message>
    <message>
        <source>There is no saved mapping or mapping file &quot;%1&quot;. Saved mappings: %2.</source>
        <translation>هیچ نگاشت ذخیره‌شده یا فایل نگاشتی با نام &quot;%1&quot; وجود ندارد. نگاشت‌های ذخیره‌شده: %2.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <source>Import contacts from a CSV, XLSX, ODS or vCard file, cleaned by the style guide, as one change that can be undone</source>
        <translation>درون‌ریزی مخاطبان از یک فایل CSV، XLSX، ODS یا vCard، پاک‌سازی‌شده با شیوه‌نامه، به‌صورت یک تغییر قابل واگرد</translation>
    </message>
    <message>
        <source>The encoding of a text file, such as UTF-8, windows-1251 or KOI8-R (default: detected).</source>
        <translation>رمزگذاری فایل متنی، مانند UTF-8، windows-1251 یا KOI8-R (پیش‌فرض: تشخیص خودکار).</translation>
    </message>
    <message>
        <source>The delimiter of a text file: , ; | or tab (default: detected).</source>
        <translation>جداکنندهٔ فایل متنی: , ; | یا tab (پیش‌فرض: تشخیص خودکار).</translation>
    </message>
    <message>
        <source>The quote character of a text file: &quot; or &apos; (default: detected).</source>
        <translation>نویسهٔ نقل‌قول فایل متنی: &quot; یا &apos; (پیش‌فرض: تشخیص خودکار).</translation>
    </message>
    <message>
        <source>Which row holds the headers, counting rows with values (default: detected; 0: none).</source>
        <translation>کدام ردیف سرستون‌ها را دارد، با شمارش ردیف‌های دارای مقدار (پیش‌فرض: تشخیص خودکار؛ 0: هیچ).</translation>
    </message>
    <message>
        <source>&quot;auto&quot; (default), the name of a saved mapping, or a JSON file with the column mapping.</source>
        <translation>&quot;auto&quot; (پیش‌فرض)، نام یک نگاشت ذخیره‌شده، یا یک فایل JSON با نگاشت ستون‌ها.</translation>
    </message>
    <message>
        <source>Save the mapping used under this name, for files with the same headers.</source>
        <translation>ذخیرهٔ نگاشت به‌کاررفته با این نام، برای فایل‌هایی با همین سرستون‌ها.</translation>
    </message>
    <message>
        <source>Look for duplicates in the file and in the workspace, and do this with every group: create (default, no search), skip, update (fill empty fields), overwrite, or merge.</source>
        <translation>جست‌وجوی تکراری‌ها در فایل و در فضای کاری، و انجام این کار با هر گروه: create (پیش‌فرض، بدون جست‌وجو)، skip، update (پر کردن فیلدهای خالی)، overwrite یا merge.</translation>
    </message>
    <message>
        <source>--quote must be &quot; or &apos;.</source>
        <translation>گزینهٔ --quote باید &quot; یا &apos; باشد.</translation>
    </message>
    <message>
        <source>--header-row needs a number (1 for the first row with values, 0 for no header) or auto.</source>
        <translation>گزینهٔ --header-row به یک عدد (1 برای نخستین ردیف دارای مقدار، 0 برای بدون سرستون) یا auto نیاز دارد.</translation>
    </message>
    <message>
        <source>--on-duplicate must be one of: %1.</source>
        <translation>گزینهٔ --on-duplicate باید یکی از این‌ها باشد: %1.</translation>
    </message>
    <message>
        <source>Save mapping %1</source>
        <translation>ذخیرهٔ نگاشت %1</translation>
    </message>
    <message>
        <source>The import is done (import %1), but the mapping was not saved: %2</source>
        <translation>درون‌ریزی انجام شد (درون‌ریزی %1)، اما نگاشت ذخیره نشد: %2</translation>
    </message>
    <message>
        <source>  read as %1 text, delimiter %2, quote %3, headers in row %4</source>
        <translation>  خوانده‌شده به‌صورت متن %1، جداکننده %2، نقل‌قول %3، سرستون‌ها در ردیف %4</translation>
    </message>
    <message>
        <source>  updated        %1</source>
        <translation>  به‌روزشده          %1</translation>
    </message>
    <message>
        <source>  merged         %1</source>
        <translation>  ادغام‌شده          %1</translation>
    </message>
    <message>
        <source>  skipped        %1</source>
        <translation>  نادیده‌گرفته‌شده   %1</translation>
    </message>
    <message>
        <source>Groups of duplicates: %1</source>
        <translation>گروه‌های تکراری: %1</translation>
    </message>
    <message>
        <source>Saved mappings made for these headers: %1 (use --mapping NAME).</source>
        <translation>نگاشت‌های ذخیره‌شده برای این سرستون‌ها: %1 (از --mapping NAME استفاده کنید).</translation>
    </message>
    <message>
        <source>The mapping was saved as &quot;%1&quot;.</source>
        <translation>نگاشت با نام &quot;%1&quot; ذخیره شد.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4: %5 created, %6 updated, %7 merged, %8 skipped, %9 rejected</source>
        <translation>%1  %2  %3  %4: %5 ایجادشده، %6 به‌روزشده، %7 ادغام‌شده، %8 نادیده‌گرفته‌شده، %9 ردشده</translation>
    </message>
    <message>
        <source>List the saved column mappings of imports, or delete one</source>
        <translation>فهرست کردن نگاشت‌های ستونی ذخیره‌شدهٔ درون‌ریزی‌ها، یا حذف یکی از آن‌ها</translation>
    </message>
    <message>
        <source>Delete the saved mapping of this name.</source>
        <translation>حذف نگاشت ذخیره‌شده با این نام.</translation>
    </message>
    <message>
        <source>mappings takes no arguments; give the name to delete with --delete NAME.</source>
        <translation>فرمان mappings آرگومانی نمی‌پذیرد؛ نام نگاشتی را که باید حذف شود با --delete NAME بدهید.</translation>
    </message>
    <message>
        <source>Delete mapping %1</source>
        <translation>حذف نگاشت %1</translation>
    </message>
    <message>
        <source>The mapping &quot;%1&quot; was deleted.</source>
        <translation>نگاشت &quot;%1&quot; حذف شد.</translation>
    </message>
    <message>
        <source>No saved mappings yet; save one with kempt-cli import FILE --save-mapping NAME.</source>
        <translation>هنوز هیچ نگاشتی ذخیره نشده است؛ با kempt-cli import FILE --save-mapping NAME یکی را ذخیره کنید.</translation>
    </message>
    <message>
        <source>%1  (%2 columns, saved %3): %4</source>
        <translation>%1  (%2 ستون، ذخیره‌شده در %3): %4</translation>
    </message>
    <message>
        <source>Uniqueness counts %1 contacts in %2 duplicate groups of the last scan; %3 groups (%4 contacts) wait for review in Duplicates.</source>
        <translation>یکتایی %1 مخاطب را در %2 گروه تکراری آخرین جست‌وجو می‌شمارد؛ %3 گروه (%4 مخاطب) در «تکراری‌ها» منتظر بازبینی‌اند.</translation>
    </message>
    <message>
        <source>Uniqueness counts %1 contacts sharing an e-mail address or phone number with another; &quot;kempt-cli dedupe&quot; finds the real duplicate groups.</source>
        <translation>یکتایی %1 مخاطب را می‌شمارد که نشانی ایمیل یا شماره تلفنی مشترک با دیگری دارند؛ &quot;kempt-cli dedupe&quot; گروه‌های تکراری واقعی را پیدا می‌کند.</translation>
    </message>
    <message>
        <source>The groups are kept in the workspace for the Duplicates section and the audit&apos;s uniqueness score.</source>
        <translation>گروه‌ها در فضای کار برای بخش «تکراری‌ها» و امتیاز یکتایی ممیزی نگه داشته می‌شوند.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Save style guide</source>
        <translation>ذخیرهٔ شیوه‌نامه</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <source>Log call %1</source>
        <translation>ثبت تماس %1</translation>
    </message>
    <message>
        <source>Log email</source>
        <translation>ثبت ایمیل</translation>
    </message>
    <message>
        <source>Log email %1</source>
        <translation>ثبت ایمیل %1</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>ثبت جلسه</translation>
    </message>
    <message>
        <source>Log meeting %1</source>
        <translation>ثبت جلسهٔ %1</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>افزودن وظیفهٔ %1</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <source>Apply the style guide&apos;s fixes</source>
        <translation>اعمال اصلاحات شیوه‌نامه</translation>
    </message>
    <message>
        <source>Apply the fixes of rule %1</source>
        <translation>اعمال اصلاحات قاعدهٔ %1</translation>
    </message>
    <message>
        <source>Create company %1</source>
        <translation>ایجاد شرکت %1</translation>
    </message>
    <message>
        <source>Create contact %1</source>
        <translation>ایجاد مخاطب %1</translation>
    </message>
    <message>
        <source>Add company field %1</source>
        <translation>افزودن فیلد شرکت %1</translation>
    </message>
    <message>
        <source>Add deal field %1</source>
        <translation>افزودن فیلد معامله %1</translation>
    </message>
    <message>
        <source>Add contact field %1</source>
        <translation>افزودن فیلد مخاطب %1</translation>
    </message>
    <message>
        <source>Create tag %1</source>
        <translation>ایجاد برچسب %1</translation>
    </message>
    <message>
        <source>Delete call %1</source>
        <translation>حذف تماس %1</translation>
    </message>
    <message>
        <source>Delete email %1</source>
        <translation>حذف ایمیل %1</translation>
    </message>
    <message>
        <source>Delete meeting %1</source>
        <translation>حذف جلسهٔ %1</translation>
    </message>
    <message>
        <source>Delete task %1</source>
        <translation>حذف وظیفهٔ %1</translation>
    </message>
    <message>
        <source>Delete company field %1</source>
        <translation>حذف فیلد شرکت %1</translation>
    </message>
    <message>
        <source>Delete deal field %1</source>
        <translation>حذف فیلد معامله %1</translation>
    </message>
    <message>
        <source>Delete contact field %1</source>
        <translation>حذف فیلد مخاطب %1</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>حذف یادداشت</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln records to the trash</source>
        <translation>
            <numerusform>انتقال %Ln رکورد به سطل زباله</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete tag %1</source>
        <translation>حذف برچسب %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln tags</source>
        <translation>
            <numerusform>حذف %Ln برچسب</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete view %1</source>
        <translation>حذف نمای %1</translation>
    </message>
    <message>
        <source>Mark %1 as done</source>
        <translation>علامت‌گذاری %1 به‌عنوان انجام‌شده</translation>
    </message>
    <message>
        <source>Mark %1 as not done</source>
        <translation>علامت‌گذاری %1 به‌عنوان انجام‌نشده</translation>
    </message>
    <message>
        <source>Edit call %1</source>
        <translation>ویرایش تماس %1</translation>
    </message>
    <message>
        <source>Edit email %1</source>
        <translation>ویرایش ایمیل %1</translation>
    </message>
    <message>
        <source>Edit meeting %1</source>
        <translation>ویرایش جلسهٔ %1</translation>
    </message>
    <message>
        <source>Edit task %1</source>
        <translation>ویرایش وظیفهٔ %1</translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation>ویرایش شرکت %1</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>ویرایش مخاطب %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>ویرایش یادداشت</translation>
    </message>
    <message>
        <source>Merge tag %1 into %2</source>
        <translation>ادغام برچسب %1 در %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln records for good</source>
        <translation>
            <numerusform>حذف دائمی %Ln رکورد</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove unused tags</source>
        <translation>حذف برچسب‌های بلااستفاده</translation>
    </message>
    <message>
        <source>Rename tag %1 to %2</source>
        <translation>تغییر نام برچسب %1 به %2</translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln records from the trash</source>
        <translation>
            <numerusform>بازیابی %Ln رکورد از سطل زباله</numerusform>
        </translation>
    </message>
    <message>
        <source>Save view %1</source>
        <translation>ذخیرهٔ نمای %1</translation>
    </message>
    <message>
        <source>Tag 1 company with %1</source>
        <translation>افزودن برچسب %1 به یک شرکت</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln companies with %1</source>
        <translation>
            <numerusform>افزودن برچسب %1 به %Ln شرکت</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag 1 contact with %1</source>
        <translation>افزودن برچسب %1 به یک مخاطب</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln contacts with %1</source>
        <translation>
            <numerusform>افزودن برچسب %1 به %Ln مخاطب</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from 1 company</source>
        <translation>حذف %1 از یک شرکت</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %Ln companies</source>
        <translation>
            <numerusform>حذف %1 از %Ln شرکت</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from 1 contact</source>
        <translation>حذف %1 از یک مخاطب</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %Ln contacts</source>
        <translation>
            <numerusform>حذف %1 از %Ln مخاطب</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>ویرایش %1</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 on %Ln records</source>
        <translation>
            <numerusform>تنظیم %1 در %Ln رکورد</numerusform>
        </translation>
    </message>
    <message>
        <source>Add stage %1</source>
        <translation>افزودن مرحلهٔ %1</translation>
    </message>
    <message>
        <source>Create deal %1</source>
        <translation>ایجاد معاملهٔ %1</translation>
    </message>
    <message>
        <source>Create pipeline %1</source>
        <translation>ایجاد پایپ‌لاین %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln deal(s) to the trash</source>
        <translation>
            <numerusform>انتقال %Ln معامله به سطل زباله</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation>حذف پایپ‌لاین</translation>
    </message>
    <message>
        <source>Edit deal %1</source>
        <translation>ویرایش معاملهٔ %1</translation>
    </message>
    <message>
        <source>Edit stage %1</source>
        <translation>ویرایش مرحلهٔ %1</translation>
    </message>
    <message numerus="yes">
        <source>Lose %Ln deal(s)</source>
        <translation>
            <numerusform>علامت‌گذاری %Ln معامله به‌عنوان ناموفق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln records as not duplicates</source>
        <translation>
            <numerusform>علامت‌گذاری %Ln رکورد به‌عنوان غیرتکراری</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 does not exist (it may have been deleted for good); choose the records of the group again.</source>
        <translation>رکورد %1 وجود ندارد (ممکن است برای همیشه حذف شده باشد)؛ رکوردهای گروه را دوباره انتخاب کنید.</translation>
    </message>
    <message>
        <source>“Not a duplicate” needs at least two different records.</source>
        <translation>«تکراری نیست» دست‌کم به دو رکورد متفاوت نیاز دارد.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln contacts</source>
        <translation>
            <numerusform>ادغام %Ln مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln deal(s)</source>
        <translation>
            <numerusform>جابه‌جایی %Ln معامله</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>تغییر ترتیب مراحل</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>حذف مرحله</translation>
    </message>
    <message>
        <source>Rename pipeline to %1</source>
        <translation>تغییر نام پایپ‌لاین به %1</translation>
    </message>
    <message>
        <source>Rename stage to %1</source>
        <translation>تغییر نام مرحله به %1</translation>
    </message>
    <message>
        <source>The stage no longer exists; it may have been removed.</source>
        <translation>این مرحله دیگر وجود ندارد؛ ممکن است حذف شده باشد.</translation>
    </message>
    <message numerus="yes">
        <source>Reopen %Ln deal(s)</source>
        <translation>
            <numerusform>بازگشایی %Ln معامله</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmerge merge %1</source>
        <translation>لغو ادغام %1</translation>
    </message>
    <message numerus="yes">
        <source>Win %Ln deal(s)</source>
        <translation>
            <numerusform>علامت‌گذاری %Ln معامله به‌عنوان موفق</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete mapping %1</source>
        <translation>حذف نگاشت %1</translation>
    </message>
    <message>
        <source>Save mapping %1</source>
        <translation>ذخیرهٔ نگاشت %1</translation>
    </message>
    <message>
        <source>Skip the duplicates of %1</source>
        <translation>نادیده گرفتن تکراری‌های %1</translation>
    </message>
</context>
<context>
    <name>CompanyNormalizer</name>
    <message>
        <source>The company name holds only spaces or invisible characters; it is stored empty.</source>
        <translation>نام شرکت فقط فاصله یا نویسهٔ نامرئی دارد؛ خالی ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>“%1” has no letters or digits; enter the company&apos;s name.</source>
        <translation>«%1» هیچ حرف یا رقمی ندارد؛ نام شرکت را وارد کنید.</translation>
    </message>
    <message>
        <source>“%1” is only a legal form; enter the company&apos;s name as well.</source>
        <translation>«%1» فقط نوع شخصیت حقوقی است؛ نام شرکت را هم وارد کنید.</translation>
    </message>
    <message>
        <source>invisible characters removed</source>
        <translation>نویسه‌های نامرئی حذف شد</translation>
    </message>
    <message>
        <source>spacing tidied</source>
        <translation>فاصله‌گذاری مرتب شد</translation>
    </message>
    <message>
        <source>capitalisation follows the style guide</source>
        <translation>بزرگی و کوچکی حروف مطابق شیوه‌نامه شد</translation>
    </message>
    <message>
        <source>legal form written “%1”</source>
        <translation>نوع شخصیت حقوقی به‌صورت «%1» نوشته شد</translation>
    </message>
    <message>
        <source>Stored as “%1”: %2.</source>
        <translation>به‌صورت «%1» ذخیره شد: %2.</translation>
    </message>
</context>
<context>
    <name>CountryNormalizer</name>
    <message>
        <source>The country holds only spaces or invisible characters; it is stored empty.</source>
        <translation>کشور فقط فاصله یا نویسهٔ نامرئی دارد؛ خالی ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>“%1” is not a country Kempt knows; use a name or ISO code such as DE.</source>
        <translation>«%1» کشوری نیست که Kempt بشناسد؛ از یک نام یا کد ISO مانند DE استفاده کنید.</translation>
    </message>
    <message>
        <source>“%1” could mean %2; use the ISO code of the one you mean.</source>
        <translation>«%1» ممکن است %2 باشد؛ کد ISO کشور مورد نظر را به کار ببرید.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> یا </translation>
    </message>
    <message>
        <source>“%1” is stored as the ISO code %2 (%3).</source>
        <translation>«%1» با کد ISO %2 (%3) ذخیره می‌شود.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1 holds bytes that are not valid %2 text, so the file mixes encodings (a part saved by another program). Save the whole file in one encoding, such as UTF-8, or choose the encoding that fits that part.</source>
        <translation>خط %1 بایت‌هایی دارد که متن معتبر %2 نیستند، پس فایل رمزگذاری‌های مختلط دارد (بخشی از آن با برنامهٔ دیگری ذخیره شده است). کل فایل را با یک رمزگذاری، مانند UTF-8، ذخیره کنید، یا رمزگذاری‌ای را انتخاب کنید که با آن بخش سازگار است.</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed. Add the closing quote (%2) or remove the opening one.</source>
        <translation>خط %1: یک خانهٔ داخل نقل‌قول هرگز بسته نمی‌شود. نقل‌قول پایانی (%2) را اضافه کنید یا نقل‌قول آغازین را حذف کنید.</translation>
    </message>
</context>
<context>
    <name>CustomFieldStore</name>
    <message>
        <source>A custom field needs a label. Type one, such as &quot;Contract number&quot;.</source>
        <translation>فیلد سفارشی به عنوان نیاز دارد. یکی بنویسید، مثلاً &quot;شمارهٔ قرارداد&quot;.</translation>
    </message>
    <message>
        <source>There is already a %1 field labelled &quot;%2&quot;. Choose another label.</source>
        <translation>از قبل فیلد %1 با عنوان &quot;%2&quot; وجود دارد. عنوان دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The choice field &quot;%1&quot; needs at least one choice. Add the values people may pick.</source>
        <translation>فیلد انتخابی &quot;%1&quot; دست‌کم به یک گزینه نیاز دارد. مقادیری را که کاربران می‌توانند انتخاب کنند اضافه کنید.</translation>
    </message>
    <message>
        <source>The custom field no longer exists. Refresh the list and try again.</source>
        <translation>این فیلد سفارشی دیگر وجود ندارد. فهرست را تازه کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>%1 needs a number, such as 42 or 3.5; &quot;%2&quot; is not a number.</source>
        <translation>%1 به یک عدد نیاز دارد، مانند 42 یا 3.5؛ &quot;%2&quot; عدد نیست.</translation>
    </message>
    <message>
        <source>%1 needs a date written as year-month-day, such as 2024-03-31; &quot;%2&quot; is not one.</source>
        <translation>%1 به تاریخی به شکل سال-ماه-روز نیاز دارد، مانند 2024-03-31؛ &quot;%2&quot; چنین نیست.</translation>
    </message>
    <message>
        <source>%1 must be one of %2; &quot;%3&quot; is not. Pick one of them, or add it to the field&apos;s choices.</source>
        <translation>%1 باید یکی از %2 باشد؛ &quot;%3&quot; جزو آن‌ها نیست. یکی از آن‌ها را انتخاب کنید یا این مقدار را به گزینه‌های فیلد اضافه کنید.</translation>
    </message>
    <message>
        <source>%1 is a check box, so it takes yes or no (or true/false, 1/0); &quot;%2&quot; is neither.</source>
        <translation>%1 یک کادر انتخاب است، پس yes یا no (یا true/false، 1/0) می‌پذیرد؛ &quot;%2&quot; هیچ‌کدام نیست.</translation>
    </message>
</context>
<context>
    <name>DateNormalizer</name>
    <message>
        <source>The date holds only spaces or invisible characters; it is stored empty.</source>
        <translation>تاریخ فقط فاصله یا نویسهٔ نامرئی دارد؛ خالی ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>“%1” is not a date Kempt can read; write it as year-month-day, e.g. 2024-03-31.</source>
        <translation>«%1» تاریخی نیست که Kempt بتواند بخواند؛ آن را به شکل سال-ماه-روز بنویسید، مثلاً 2024-03-31.</translation>
    </message>
    <message>
        <source>the two-digit year is read as %1</source>
        <translation>سال دورقمی %1 خوانده شد</translation>
    </message>
    <message>
        <source>“%1” could be %2 (day first) or %3 (month first); set the column&apos;s date order or write it as year-month-day.</source>
        <translation>«%1» ممکن است %2 (اول روز) یا %3 (اول ماه) باشد؛ ترتیب تاریخ ستون را تعیین کنید یا آن را به شکل سال-ماه-روز بنویسید.</translation>
    </message>
    <message>
        <source>read day first, as dotted dates are</source>
        <translation>با روز در ابتدا خوانده شد، مانند تاریخ‌های نقطه‌دار</translation>
    </message>
    <message>
        <source>read day first</source>
        <translation>با روز در ابتدا خوانده شد</translation>
    </message>
    <message>
        <source>read month first</source>
        <translation>با ماه در ابتدا خوانده شد</translation>
    </message>
    <message>
        <source>“%1” has no month %2 when read %3; written the other way round it is %4.</source>
        <translation>«%1» وقتی به ترتیب %3 خوانده شود، ماه %2 ندارد؛ به ترتیب برعکس، %4 است.</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>اول روز</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>اول ماه</translation>
    </message>
    <message>
        <source>converted from the Persian (Solar Hijri) calendar</source>
        <translation>از تقویم هجری خورشیدی تبدیل شد</translation>
    </message>
    <message>
        <source>“%1” has the year %2; Kempt stores dates of the Gregorian calendar, so convert dates from other calendars first.</source>
        <translation>سالِ «%1» برابر %2 است؛ Kempt تاریخ‌ها را به تقویم میلادی ذخیره می‌کند، پس ابتدا تاریخ‌های تقویم‌های دیگر را تبدیل کنید.</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>«%1» تاریخ نیست: ماه %2 وجود ندارد.</translation>
    </message>
    <message>
        <source>“%1” is not a date: month %2 of %3 has no day %4.</source>
        <translation>«%1» تاریخ نیست: ماه %2 سال %3 روز %4 ندارد.</translation>
    </message>
    <message>
        <source>the time of day is dropped</source>
        <translation>ساعت حذف شد</translation>
    </message>
    <message>
        <source>Stored as %1 (year-month-day).</source>
        <translation>به‌صورت %1 (سال-ماه-روز) ذخیره شد.</translation>
    </message>
    <message>
        <source>Stored as %1: %2.</source>
        <translation>به‌صورت %1 ذخیره شد: %2.</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <source>Closes %1</source>
        <translation>بسته‌شدن: %1</translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>بدون تاریخ بسته‌شدن</translation>
    </message>
    <message>
        <source>1 day in stage</source>
        <translation>1 روز در این مرحله</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days in stage</source>
        <translation>
            <numerusform>%Ln روز در این مرحله</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 روز</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln روز</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealFieldWriter</name>
    <message>
        <source>&quot;%1&quot; is not an amount. Type the value as a number such as 1250.50; it cannot be negative.</source>
        <translation>&quot;%1&quot; مبلغ نیست. مقدار را به‌صورت عددی مانند 1250.50 بنویسید؛ نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency. Use a three-letter ISO 4217 code such as EUR, USD or JPY.</source>
        <translation>&quot;%1&quot; ارز نیست. از یک کد سه‌حرفی ISO 4217 مانند EUR، USD یا JPY استفاده کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a probability. Type a percentage from 0 to 100, or leave it empty for the stage&apos;s default.</source>
        <translation>&quot;%1&quot; احتمال نیست. درصدی از 0 تا 100 بنویسید، یا آن را خالی بگذارید تا مقدار پیش‌فرض مرحله به کار رود.</translation>
    </message>
    <message>
        <source>A deal is always in a stage. Type the name of a stage of its pipeline.</source>
        <translation>معامله همیشه در یک مرحله است. نام یکی از مراحل پایپ‌لاین آن را بنویسید.</translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot; of deal &quot;%2&quot; has no stage called &quot;%3&quot;. Type one of its stages.</source>
        <translation>پایپ‌لاین &quot;%1&quot; معاملهٔ &quot;%2&quot; مرحله‌ای با نام &quot;%3&quot; ندارد. یکی از مراحل آن را بنویسید.</translation>
    </message>
</context>
<context>
    <name>DealReportContent</name>
    <message>
        <source>Forecast: weighted value by expected close month</source>
        <translation>پیش‌بینی: ارزش وزن‌دار بر اساس ماه بسته‌شدن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>No open deal is expected to close in this period. Choose another period, pipeline or owner.</source>
        <translation>انتظار نمی‌رود هیچ معاملهٔ بازی در این دوره بسته شود. دوره، پایپ‌لاین یا مالک دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>No open deal has an expected close date yet. Give your open deals an expected close date to see what they are worth month by month.</source>
        <translation>هنوز هیچ معاملهٔ بازی تاریخ بسته‌شدن پیش‌بینی‌شده ندارد. برای معامله‌های باز خود تاریخ بسته‌شدن پیش‌بینی‌شده تعیین کنید تا ارزش آن‌ها را ماه به ماه ببینید.</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>ارزش کل</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>ارزش وزن‌دار</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>معامله‌های باز</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>weighted value of the one open deal expected to close, out of %1 in total</source>
        <translation>ارزش وزن‌دار تنها معاملهٔ بازی که انتظار می‌رود بسته شود، از %1 در مجموع</translation>
    </message>
    <message numerus="yes">
        <source>weighted value of %Ln open deals expected to close, out of %1 in total</source>
        <translation>
            <numerusform>ارزش وزن‌دار %Ln معاملهٔ بازی که انتظار می‌رود بسته شوند، از %1 در مجموع</numerusform>
        </translation>
    </message>
    <message>
        <source>Win rate by month of closing</source>
        <translation>نرخ موفقیت بر اساس ماه بسته‌شدن</translation>
    </message>
    <message>
        <source>No won or lost deals in this period. Choose another period, pipeline or owner.</source>
        <translation>در این دوره هیچ معاملهٔ موفق یا ناموفقی وجود ندارد. دوره، پایپ‌لاین یا مالک دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>No won or lost deals yet. Mark deals as won or lost and the win rate appears here.</source>
        <translation>هنوز هیچ معاملهٔ موفق یا ناموفقی وجود ندارد. معامله‌ها را به‌عنوان موفق یا ناموفق علامت‌گذاری کنید تا نرخ موفقیت اینجا نمایش داده شود.</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>نرخ موفقیت</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>%1 won and %2 lost; %3 of the closed value was won</source>
        <translation>%1 موفق و %2 ناموفق؛ %3 از ارزش معامله‌های بسته‌شده موفق بود</translation>
    </message>
    <message>
        <source>Sales cycle: average days from creation to won, by month won</source>
        <translation>چرخهٔ فروش: میانگین روزها از ایجاد تا موفقیت، بر اساس ماه موفقیت</translation>
    </message>
    <message>
        <source>No deal was won in this period. Choose another period, pipeline or owner.</source>
        <translation>در این دوره هیچ معامله‌ای موفق نشد. دوره، پایپ‌لاین یا مالک دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>No won deals yet. The sales cycle runs from the day a deal is created to the day it is won.</source>
        <translation>هنوز هیچ معاملهٔ موفقی وجود ندارد. چرخهٔ فروش از روز ایجاد معامله تا روز موفق شدن آن است.</translation>
    </message>
    <message>
        <source>Average days to win</source>
        <translation>میانگین روزها تا موفقیت</translation>
    </message>
    <message>
        <source>Month won</source>
        <translation>ماه موفقیت</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>معامله‌های موفق</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>میانگین روزها</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 روز</translation>
    </message>
    <message>
        <source>from creation to won, for the one won deal</source>
        <translation>از ایجاد تا موفقیت، برای تنها معاملهٔ موفق</translation>
    </message>
    <message numerus="yes">
        <source>on average from creation to won, over %Ln won deals</source>
        <translation>
            <numerusform>به‌طور میانگین از ایجاد تا موفقیت، در %Ln معاملهٔ موفق</numerusform>
        </translation>
    </message>
    <message>
        <source>Average time in each stage</source>
        <translation>میانگین زمان در هر مرحله</translation>
    </message>
    <message>
        <source>No deal left a stage in this period. Choose another period, pipeline or owner.</source>
        <translation>در این دوره هیچ معامله‌ای از مرحله‌ای خارج نشد. دوره، پایپ‌لاین یا مالک دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>No deal has left a stage yet. The time in a stage is measured when a deal moves on, is won or is lost.</source>
        <translation>هنوز هیچ معامله‌ای از مرحله‌ای خارج نشده است. زمان حضور در یک مرحله وقتی سنجیده می‌شود که معامله به مرحلهٔ بعد برود، موفق شود یا ناموفق شود.</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>میانگین روزها در مرحله</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>پایپ‌لاین</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Finished stays</source>
        <translation>حضورهای پایان‌یافته</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>the longest average stay, in %1</source>
        <translation>طولانی‌ترین میانگین حضور، در %1</translation>
    </message>
    <message>
        <source>Won and lost deals by month of closing</source>
        <translation>معامله‌های موفق و ناموفق بر اساس ماه بسته‌شدن</translation>
    </message>
    <message>
        <source>No won or lost deals yet. Mark deals as won or lost and they appear here month by month.</source>
        <translation>هنوز هیچ معاملهٔ موفق یا ناموفقی وجود ندارد. معامله‌ها را به‌عنوان موفق یا ناموفق علامت‌گذاری کنید تا ماه به ماه اینجا نمایش داده شوند.</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>ارزش موفق</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>ارزش ناموفق</translation>
    </message>
    <message>
        <source>%1 won · %2 lost</source>
        <translation>%1 موفق · %2 ناموفق</translation>
    </message>
    <message>
        <source>%1 won and %2 lost in value</source>
        <translation>ارزش %1 موفق و %2 ناموفق</translation>
    </message>
</context>
<context>
    <name>DealReports</name>
    <message>
        <source>The report could not be written: %1</source>
        <translation>گزارش نوشته نشد: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose a folder you can write to.</source>
        <translation>نوشتن در %1 ممکن نیست: %2. پوشه‌ای را انتخاب کنید که اجازهٔ نوشتن در آن را دارید.</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 نوشته نشد: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>نوشتن در %1 ممکن نیست: %2. فضای آزاد دیسک و مجوزهای پوشه را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>DealStore</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 و %Ln مورد دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>No deal was chosen.</source>
        <translation>هیچ معامله‌ای انتخاب نشد.</translation>
    </message>
    <message>
        <source>Deal %1 no longer exists; it may have been deleted.</source>
        <translation>معاملهٔ %1 دیگر وجود ندارد؛ ممکن است حذف شده باشد.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; is in the trash. Restore it first.</source>
        <translation>معاملهٔ &quot;%1&quot; در سطل زباله است. ابتدا آن را بازیابی کنید.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; is already won. Reopen it first.</source>
        <translation>معاملهٔ &quot;%1&quot; از قبل موفق است. ابتدا آن را بازگشایی کنید.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; is already lost. Reopen it first.</source>
        <translation>معاملهٔ &quot;%1&quot; از قبل ناموفق است. ابتدا آن را بازگشایی کنید.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; is still open; only won or lost deals can be reopened.</source>
        <translation>معاملهٔ &quot;%1&quot; هنوز باز است؛ فقط معامله‌های موفق یا ناموفق را می‌توان بازگشایی کرد.</translation>
    </message>
    <message>
        <source>The stage no longer exists; it may have been removed.</source>
        <translation>این مرحله دیگر وجود ندارد؛ ممکن است حذف شده باشد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot enter &quot;%2&quot;: %3 must be filled in first. Fill in %3 on the deal, then move it again.</source>
        <translation>&quot;%1&quot; نمی‌تواند وارد &quot;%2&quot; شود: ابتدا باید %3 پر شود. %3 را در معامله پر کنید، سپس دوباره آن را جابه‌جا کنید.</translation>
    </message>
    <message>
        <source>%1 cannot enter &quot;%2&quot;: %3 must be filled in first. Fill them in on each deal, then move the deals again.</source>
        <translation>%1 نمی‌توانند وارد &quot;%2&quot; شوند: ابتدا باید %3 پر شود. آن‌ها را در هر معامله پر کنید، سپس معامله‌ها را دوباره جابه‌جا کنید.</translation>
    </message>
    <message>
        <source>The deals could not be placed in their stage.</source>
        <translation>معامله‌ها در مرحلهٔ خود قرار داده نشدند.</translation>
    </message>
    <message>
        <source>Say why the deal was lost: choose one of %1.</source>
        <translation>بگویید چرا معامله ناموفق شد: یکی از %1 را انتخاب کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the list of lost reasons. Choose one of %2, or add it to the list first.</source>
        <translation>&quot;%1&quot; در فهرست دلایل ناموفق بودن نیست. یکی از %2 را انتخاب کنید، یا ابتدا آن را به فهرست اضافه کنید.</translation>
    </message>
    <message>
        <source>Choose another existing stage to move the deals of &quot;%1&quot; to.</source>
        <translation>مرحلهٔ موجود دیگری را انتخاب کنید تا معامله‌های &quot;%1&quot; به آن منتقل شوند.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open deal(s) in &quot;%1&quot; lack %2, which &quot;%3&quot; requires. Fill it in on those deals, or choose a stage without that requirement.</source>
        <translation>
            <numerusform>%Ln معاملهٔ باز در &quot;%1&quot; فاقد %2 هستند که &quot;%3&quot; آن را الزامی می‌داند. آن را در این معامله‌ها پر کنید، یا مرحله‌ای بدون این الزام انتخاب کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>معامله باید عنوان داشته باشد.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: the currency &quot;%2&quot; is not a three-letter ISO 4217 code such as EUR or USD.</source>
        <translation>معاملهٔ &quot;%1&quot;: ارز &quot;%2&quot; کد سه‌حرفی ISO 4217 مانند EUR یا USD نیست.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: the value cannot be negative.</source>
        <translation>معاملهٔ &quot;%1&quot;: ارزش نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: the probability must lie between 0 % and 100 %.</source>
        <translation>معاملهٔ &quot;%1&quot;: احتمال باید بین 0 % و 100 % باشد.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: the expected close date &quot;%2&quot; is not a date; write it as year-month-day, e.g. 2025-03-31.</source>
        <translation>معاملهٔ &quot;%1&quot;: تاریخ بسته‌شدن پیش‌بینی‌شدهٔ &quot;%2&quot; تاریخ نیست؛ آن را به شکل سال-ماه-روز بنویسید، مثلاً 2025-03-31.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: contact %2 no longer exists or is in the trash. Choose another contact.</source>
        <translation>معاملهٔ &quot;%1&quot;: مخاطب %2 دیگر وجود ندارد یا در سطل زباله است. مخاطب دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: stage %2 no longer exists. Choose another stage.</source>
        <translation>معاملهٔ &quot;%1&quot;: مرحلهٔ %2 دیگر وجود ندارد. مرحلهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: stage &quot;%2&quot; belongs to another pipeline.</source>
        <translation>معاملهٔ &quot;%1&quot;: مرحلهٔ &quot;%2&quot; متعلق به پایپ‌لاین دیگری است.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: pipeline %2 no longer exists. Choose another pipeline.</source>
        <translation>معاملهٔ &quot;%1&quot;: پایپ‌لاین %2 دیگر وجود ندارد. پایپ‌لاین دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot; has no stages. Add a stage before creating deals in it.</source>
        <translation>پایپ‌لاین &quot;%1&quot; هیچ مرحله‌ای ندارد. پیش از ایجاد معامله در آن، یک مرحله اضافه کنید.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; cannot start in &quot;%2&quot;: %3 must be filled in first. Fill them in, or start the deal in an earlier stage.</source>
        <translation>معاملهٔ &quot;%1&quot; نمی‌تواند در &quot;%2&quot; شروع شود: ابتدا باید %3 پر شود. آن‌ها را پر کنید، یا معامله را در مرحله‌ای قبل‌تر شروع کنید.</translation>
    </message>
    <message>
        <source>The deal no longer exists; it may have been deleted.</source>
        <translation>این معامله دیگر وجود ندارد؛ ممکن است حذف شده باشد.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; is in the trash. Restore it before editing it.</source>
        <translation>معاملهٔ &quot;%1&quot; در سطل زباله است. پیش از ویرایش، آن را بازیابی کنید.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: use Win, Lose or Reopen to change its status.</source>
        <translation>معاملهٔ &quot;%1&quot;: برای تغییر وضعیت آن از «موفق»، «ناموفق» یا «بازگشایی» استفاده کنید.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: &quot;%2&quot; is not on the list of lost reasons. Choose one of %3.</source>
        <translation>معاملهٔ &quot;%1&quot;: &quot;%2&quot; در فهرست دلایل ناموفق بودن نیست. یکی از %3 را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>Dedup</name>
    <message>
        <source>Reading the contacts</source>
        <translation>خواندن مخاطبان</translation>
    </message>
    <message>
        <source>Reading the contacts&apos; e-mails</source>
        <translation>خواندن ایمیل‌های مخاطبان</translation>
    </message>
    <message>
        <source>Reading the contacts&apos; phones</source>
        <translation>خواندن تلفن‌های مخاطبان</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>«%1» ناموفق بود: %2</translation>
    </message>
    <message>
        <source>Updating the duplicate-detection index</source>
        <translation>به‌روزرسانی نمایهٔ تشخیص تکراری‌ها</translation>
    </message>
    <message>
        <source>Reading the duplicate-detection index</source>
        <translation>خواندن نمایهٔ تشخیص تکراری‌ها</translation>
    </message>
    <message>
        <source>Building the duplicate-detection index was cancelled.</source>
        <translation>ساختن نمایهٔ تشخیص تکراری‌ها لغو شد.</translation>
    </message>
    <message>
        <source>Finding possible duplicates</source>
        <translation>یافتن تکراری‌های احتمالی</translation>
    </message>
    <message>
        <source>The duplicate scan was cancelled.</source>
        <translation>جست‌وجوی تکراری‌ها لغو شد.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>not known on both sides</source>
        <translation>در هر دو طرف معلوم نیست</translation>
    </message>
    <message>
        <source>same</source>
        <translation>یکسان</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>برابر</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>نام خودمانی</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>مشابه</translation>
    </message>
    <message>
        <source>sounds or looks alike</source>
        <translation>از نظر آوایی یا ظاهری شبیه</translation>
    </message>
    <message>
        <source>initial fits</source>
        <translation>حرف اول مطابقت دارد</translation>
    </message>
    <message>
        <source>same user, other domain</source>
        <translation>کاربر یکسان، دامنهٔ دیگر</translation>
    </message>
    <message>
        <source>similar user name</source>
        <translation>نام کاربری مشابه</translation>
    </message>
    <message>
        <source>one digit apart</source>
        <translation>یک رقم تفاوت</translation>
    </message>
    <message>
        <source>one typo or day and month swapped</source>
        <translation>یک غلط تایپی یا جابه‌جایی روز و ماه</translation>
    </message>
    <message>
        <source>one typo apart</source>
        <translation>یک غلط تایپی تفاوت</translation>
    </message>
    <message>
        <source>different</source>
        <translation>متفاوت</translation>
    </message>
    <message>
        <source>Reading the pairs marked &quot;not a duplicate&quot;</source>
        <translation>خواندن جفت‌هایی که با &quot;تکراری نیست&quot; علامت خورده‌اند</translation>
    </message>
    <message>
        <source>%1, given name and surname swapped</source>
        <translation>%1، با جابه‌جایی نام و نام خانوادگی</translation>
    </message>
    <message>
        <source>Score %1 bits (prior %2), probability %3%</source>
        <translation>امتیاز %1 بیت (پیشین %2)، احتمال %3%</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check the file name and its permissions.</source>
        <translation>%1 خوانده نمی‌شود: %2. نام فایل و مجوزهای آن را بررسی کنید.</translation>
    </message>
    <message>
        <source>%1 is empty: a spreadsheet needs a header row and at least one row of data.</source>
        <translation>%1 خالی است: صفحه‌گسترده به یک ردیف سرستون و دست‌کم یک ردیف داده نیاز دارد.</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot;. Its columns are: %3.</source>
        <translation>%1 ستون &quot;%2&quot; ندارد. ستون‌های آن: %3.</translation>
    </message>
    <message>
        <source>%1: no column could be recognised as a name, e-mail or phone (columns: %2). Name the columns in the header row, e.g. first_name, last_name, email.</source>
        <translation>%1: هیچ ستونی به‌عنوان نام، ایمیل یا تلفن شناخته نشد (ستون‌ها: %2). ستون‌ها را در ردیف سرستون نام‌گذاری کنید، مثلاً first_name، last_name، email.</translation>
    </message>
    <message>
        <source>Keeping the duplicate groups</source>
        <translation>ذخیرهٔ گروه‌های تکراری</translation>
    </message>
    <message>
        <source>Reading the duplicate groups</source>
        <translation>خواندن گروه‌های تکراری</translation>
    </message>
    <message>
        <source>Counting the duplicate groups</source>
        <translation>شمارش گروه‌های تکراری</translation>
    </message>
    <message>
        <source>Following the changes since the duplicate scan</source>
        <translation>پیگیری تغییرات از زمان جست‌وجوی تکراری‌ها</translation>
    </message>
    <message>
        <source>The duplicate scan was cancelled; the groups of the last scan are kept.</source>
        <translation>جست‌وجوی تکراری‌ها لغو شد؛ گروه‌های آخرین جست‌وجو حفظ شدند.</translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation>فضای کار خوانده نشد: %1</translation>
    </message>
</context>
<context>
    <name>EmailValidator</name>
    <message>
        <source>a part starting with “xn--” is not valid punycode</source>
        <translation>بخشی که با «xn--» شروع می‌شود، punycode معتبری نیست</translation>
    </message>
    <message>
        <source>it is longer than 253 characters once encoded</source>
        <translation>پس از رمزگذاری بیش از 253 نویسه است</translation>
    </message>
    <message>
        <source>a part between dots is longer than 63 characters once encoded</source>
        <translation>یکی از بخش‌های میان نقطه‌ها پس از رمزگذاری بیش از 63 نویسه است</translation>
    </message>
    <message>
        <source>a part between dots is empty</source>
        <translation>یکی از بخش‌های میان نقطه‌ها خالی است</translation>
    </message>
    <message>
        <source>a part between dots starts or ends with a hyphen</source>
        <translation>یکی از بخش‌های میان نقطه‌ها با خط تیره شروع یا تمام می‌شود</translation>
    </message>
    <message>
        <source>a part has “--” as its third and fourth character</source>
        <translation>یکی از بخش‌ها در نویسهٔ سوم و چهارم «--» دارد</translation>
    </message>
    <message>
        <source>a part starts with a combining accent</source>
        <translation>یکی از بخش‌ها با یک نشانهٔ ترکیبی (اِعراب) شروع می‌شود</translation>
    </message>
    <message>
        <source>a character in it stands for a dot</source>
        <translation>نویسه‌ای در آن به‌جای نقطه آمده است</translation>
    </message>
    <message>
        <source>it mixes right-to-left and left-to-right text in a way domain names forbid</source>
        <translation>متن راست‌به‌چپ و چپ‌به‌راست را به شکلی درهم آمیخته که در نام دامنه مجاز نیست</translation>
    </message>
    <message>
        <source>it has an invisible joiner where none may be</source>
        <translation>نویسهٔ اتصال نامرئی در جایی دارد که مجاز نیست</translation>
    </message>
    <message>
        <source>it contains a character domain names cannot have</source>
        <translation>نویسه‌ای دارد که در نام دامنه مجاز نیست</translation>
    </message>
    <message>
        <source>There must be something after the @-sign.</source>
        <translation>بعد از نشانهٔ @ باید چیزی باشد.</translation>
    </message>
    <message>
        <source>Addresses with an IP address in brackets after the @-sign are not accepted; use the domain name.</source>
        <translation>نشانی‌هایی که پس از @ یک نشانی IP داخل کروشه دارند پذیرفته نمی‌شوند؛ از نام دامنه استفاده کنید.</translation>
    </message>
    <message>
        <source>The part after the @-sign is not a valid domain name: %1.</source>
        <translation>بخش پس از @ نام دامنهٔ معتبری نیست: %1.</translation>
    </message>
    <message>
        <source>The part after the @-sign contains a space.</source>
        <translation>بخش پس از @ فاصله دارد.</translation>
    </message>
    <message>
        <source>Comments in parentheses are not accepted in an address.</source>
        <translation>توضیح داخل پرانتز در نشانی پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>The address contains more than one @-sign.</source>
        <translation>نشانی بیش از یک @ دارد.</translation>
    </message>
    <message>
        <source>The part after the @-sign contains a character domain names cannot have: %1.</source>
        <translation>بخش پس از @ نویسه‌ای دارد که در نام دامنه مجاز نیست: %1.</translation>
    </message>
    <message>
        <source>The part after the @-sign contains an invisible or unsafe character: %1.</source>
        <translation>بخش پس از @ نویسهٔ نامرئی یا ناامن دارد: %1.</translation>
    </message>
    <message>
        <source>The part after the @-sign cannot start with a dot.</source>
        <translation>بخش پس از @ نمی‌تواند با نقطه شروع شود.</translation>
    </message>
    <message>
        <source>An address cannot end with a dot.</source>
        <translation>نشانی نمی‌تواند با نقطه تمام شود.</translation>
    </message>
    <message>
        <source>The part after the @-sign cannot start with a hyphen.</source>
        <translation>بخش پس از @ نمی‌تواند با خط تیره شروع شود.</translation>
    </message>
    <message>
        <source>An address cannot end with a hyphen.</source>
        <translation>نشانی نمی‌تواند با خط تیره تمام شود.</translation>
    </message>
    <message>
        <source>The part after the @-sign cannot have two dots in a row.</source>
        <translation>بخش پس از @ نمی‌تواند دو نقطهٔ پشت‌سرهم داشته باشد.</translation>
    </message>
    <message>
        <source>A hyphen cannot stand next to a dot in a domain name.</source>
        <translation>در نام دامنه، خط تیره نمی‌تواند کنار نقطه بیاید.</translation>
    </message>
    <message>
        <source>A part of the domain between dots is %1 characters long; at most 63 are allowed.</source>
        <translation>یکی از بخش‌های دامنه میان نقطه‌ها %1 نویسه است؛ حداکثر 63 نویسه مجاز است.</translation>
    </message>
    <message>
        <source>A part of the domain cannot have “--” as its third and fourth character unless it is punycode (xn--).</source>
        <translation>بخشی از دامنه نمی‌تواند در نویسهٔ سوم و چهارم «--» داشته باشد، مگر اینکه punycode (xn--) باشد.</translation>
    </message>
    <message>
        <source>The part after the @-sign needs a dot, as in example.com.</source>
        <translation>بخش پس از @ باید نقطه داشته باشد، مانند example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a top-level domain.</source>
        <translation>«%1» دامنهٔ سطح بالا نیست.</translation>
    </message>
    <message>
        <source>“.%1” is reserved and never receives mail.</source>
        <translation>«.%1» رزرو شده است و هرگز ایمیل دریافت نمی‌کند.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>نشانی خالی است.</translation>
    </message>
    <message>
        <source>The address is %1 characters long; at most %2 are allowed.</source>
        <translation>طول نشانی %1 نویسه است؛ حداکثر %2 نویسه مجاز است.</translation>
    </message>
    <message>
        <source>“%1” is a placeholder, not an e-mail address; leave the field empty instead.</source>
        <translation>«%1» یک مقدار جانگهدار است، نه نشانی ایمیل؛ به‌جای آن فیلد را خالی بگذارید.</translation>
    </message>
    <message>
        <source>The address has %1 instead of a plain @-sign.</source>
        <translation>نشانی به‌جای @ معمولی %1 دارد.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @-sign, as in ann@example.com.</source>
        <translation>نشانی ایمیل باید @ داشته باشد، مانند ann@example.com.</translation>
    </message>
    <message>
        <source>A name or angle brackets around the address are not accepted; keep only the address.</source>
        <translation>نام یا علامت‌های &lt; &gt; دور نشانی پذیرفته نمی‌شود؛ فقط خود نشانی را نگه دارید.</translation>
    </message>
    <message>
        <source>There must be something before the @-sign.</source>
        <translation>پیش از @ باید چیزی باشد.</translation>
    </message>
    <message>
        <source>Quotation marks before the @-sign are not accepted; most mail systems reject such addresses.</source>
        <translation>گیومه پیش از @ پذیرفته نمی‌شود؛ بیشتر سامانه‌های ایمیل چنین نشانی‌هایی را رد می‌کنند.</translation>
    </message>
    <message>
        <source>An address cannot have two dots in a row.</source>
        <translation>نشانی نمی‌تواند دو نقطهٔ پشت‌سرهم داشته باشد.</translation>
    </message>
    <message>
        <source>The address contains an invisible or unsafe character before the @-sign: %1.</source>
        <translation>نشانی پیش از @ نویسهٔ نامرئی یا ناامن دارد: %1.</translation>
    </message>
    <message>
        <source>An address cannot start with a dot.</source>
        <translation>نشانی نمی‌تواند با نقطه شروع شود.</translation>
    </message>
    <message>
        <source>There cannot be a dot right before the @-sign.</source>
        <translation>درست پیش از @ نمی‌تواند نقطه باشد.</translation>
    </message>
    <message>
        <source>The part before the @-sign contains a space.</source>
        <translation>بخش پیش از @ فاصله دارد.</translation>
    </message>
    <message>
        <source>The address contains a line break or another control character: %1.</source>
        <translation>نشانی شکست خط یا نویسهٔ کنترلی دیگری دارد: %1.</translation>
    </message>
    <message>
        <source>The part before the @-sign contains a character that is not allowed: %1.</source>
        <translation>بخش پیش از @ نویسهٔ غیرمجاز دارد: %1.</translation>
    </message>
    <message>
        <source>The top-level domain “.%1” does not exist; did you mean %2?</source>
        <translation>دامنهٔ سطح بالای «.%1» وجود ندارد؛ منظورتان %2 بود؟</translation>
    </message>
    <message>
        <source>“%1” is a placeholder, not a real address; leave the field empty instead.</source>
        <translation>«%1» یک مقدار جانگهدار است، نه نشانی واقعی؛ به‌جای آن فیلد را خالی بگذارید.</translation>
    </message>
    <message>
        <source>“%1” looks like a typo of %2.</source>
        <translation>«%1» به نظر غلط تایپیِ %2 است.</translation>
    </message>
    <message>
        <source>The top-level domain “.%1” is not one that exists; check the address.</source>
        <translation>دامنهٔ سطح بالای «.%1» وجود ندارد؛ نشانی را بررسی کنید.</translation>
    </message>
    <message>
        <source>%1 is reserved for examples and never receives mail.</source>
        <translation>%1 برای مثال‌ها رزرو شده است و هرگز ایمیل دریافت نمی‌کند.</translation>
    </message>
    <message>
        <source>The part before the @-sign is %1 characters long; the standard allows %2 and some servers refuse longer ones.</source>
        <translation>بخش پیش از @ %1 نویسه است؛ استاندارد %2 نویسه را مجاز می‌داند و برخی سرورها نشانی‌های طولانی‌تر را نمی‌پذیرند.</translation>
    </message>
    <message>
        <source>“%1@” is a shared mailbox (a role account), not a person&apos;s address.</source>
        <translation>«%1@» یک صندوق پست مشترک (حساب نقش) است، نه نشانی یک شخص.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>نام میانی</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>عنوان شغلی</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Do not e-mail</source>
        <translation>ایمیل ارسال نشود</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>تماس گرفته نشود</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>لغو اشتراک</translation>
    </message>
    <message>
        <source>Unsubscribe reason</source>
        <translation>دلیل لغو اشتراک</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>تاریخ به‌روزرسانی</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>نوع شخصیت حقوقی</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>پایپ‌لاین</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>بسته‌شدن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>احتمال (%)</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>دلیل ناموفق بودن</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>تاریخ بسته‌شدن</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>کیفیت</translation>
    </message>
</context>
<context>
    <name>FieldChecker</name>
    <message>
        <source>The name is empty.</source>
        <translation>نام خالی است.</translation>
    </message>
    <message>
        <source>The style guide writes it “%1”: tidy spacing and title case.</source>
        <translation>شیوه‌نامه آن را «%1» می‌نویسد: فاصله‌گذاری مرتب و حروف اول بزرگ.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Undo import</source>
        <translation>واگرد درون‌ریزی</translation>
    </message>
    <message>
        <source>There is no import %1. See the Import history (kempt-cli imports) for the numbers.</source>
        <translation>درون‌ریزی %1 وجود ندارد. شماره‌ها را در تاریخچهٔ درون‌ریزی (kempt-cli imports) ببینید.</translation>
    </message>
    <message>
        <source>The import of %1 (%2) was already undone.</source>
        <translation>درون‌ریزی %1 (%2) قبلاً واگرد شده است.</translation>
    </message>
    <message>
        <source>The import of %1 (%2) did not finish, so it left nothing to undo.</source>
        <translation>درون‌ریزی %1 (%2) به پایان نرسید، پس چیزی برای واگرد باقی نگذاشت.</translation>
    </message>
    <message>
        <source>Undo import of %1</source>
        <translation>واگرد درون‌ریزی %1</translation>
    </message>
    <message>
        <source>The workspace was closed.</source>
        <translation>فضای کاری بسته شد.</translation>
    </message>
    <message>
        <source>The report %1 cannot be written: %2. Choose another folder.</source>
        <translation>نوشتن گزارش %1 ممکن نیست: %2. پوشهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>The report %1 could not be written completely: %2. Free some space and import again.</source>
        <translation>گزارش %1 به‌طور کامل نوشته نشد: %2. مقداری فضا آزاد کنید و دوباره درون‌ریزی کنید.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>ستون %1</translation>
    </message>
    <message>
        <source>%1 has no header row %2: it holds %3 rows with values. Choose another header row or file.</source>
        <translation>%1 ردیف سرستون %2 ندارد: فقط %3 ردیف دارای مقدار دارد. ردیف سرستون یا فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The mapping has %1 columns but %2 has %3. Map the columns again.</source>
        <translation>نگاشت %1 ستون دارد، اما %2 دارای %3 ستون است. ستون‌ها را دوباره نگاشت کنید.</translation>
    </message>
    <message>
        <source>None of the columns of %1 could be matched to a contact field (headers: %2). Map them yourself, or check the header row.</source>
        <translation>هیچ‌یک از ستون‌های %1 با فیلدی از مخاطب تطبیق داده نشد (سرستون‌ها: %2). خودتان آن‌ها را نگاشت کنید، یا ردیف سرستون را بررسی کنید.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>درون‌ریزی %1</translation>
    </message>
    <message>
        <source>The row has no name, e-mail address or company.</source>
        <translation>ردیف هیچ نام، نشانی ایمیل یا شرکتی ندارد.</translation>
    </message>
    <message>
        <source>Row %1 of %2 could not be stored: %3</source>
        <translation>ردیف %1 از %2 ذخیره نشد: %3</translation>
    </message>
    <message>
        <source>The import was cancelled; the workspace is as it was before.</source>
        <translation>درون‌ریزی لغو شد؛ فضای کاری همان‌طور است که پیش‌تر بود.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 چیزی درون‌ریزی نشد.</translation>
    </message>
    <message>
        <source>The mapping has %1 columns but the file has %2. Map this file&apos;s columns again.</source>
        <translation>نگاشت %1 ستون دارد، اما فایل %2 ستون دارد. ستون‌های این فایل را دوباره نگاشت کنید.</translation>
    </message>
    <message>
        <source>Column %1 of the file is “%2”, but the mapping was made for “%3”. Map this file&apos;s columns again.</source>
        <translation>ستون %1 فایل «%2» است، اما نگاشت برای «%3» ساخته شده بود. ستون‌های این فایل را دوباره نگاشت کنید.</translation>
    </message>
    <message>
        <source>Column %1 (“%2”) of the mapping names no field. Choose one or ignore the column.</source>
        <translation>ستون %1 («%2») در نگاشت به هیچ فیلدی اشاره نمی‌کند. یک فیلد انتخاب کنید یا ستون را نادیده بگیرید.</translation>
    </message>
    <message>
        <source>Preparing the import</source>
        <translation>آماده‌سازی درون‌ریزی</translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <translation>جست‌وجوی %1</translation>
    </message>
    <message>
        <source>Looking up the tag %1</source>
        <translation>جست‌وجوی برچسب %1</translation>
    </message>
    <message>
        <source>Storing a contact</source>
        <translation>ذخیرهٔ یک مخاطب</translation>
    </message>
    <message>
        <source>Storing an e-mail address</source>
        <translation>ذخیرهٔ یک نشانی ایمیل</translation>
    </message>
    <message>
        <source>Storing a phone number</source>
        <translation>ذخیرهٔ یک شماره تلفن</translation>
    </message>
    <message>
        <source>Tagging a contact</source>
        <translation>برچسب‌زدن به یک مخاطب</translation>
    </message>
    <message>
        <source>Storing a custom field</source>
        <translation>ذخیرهٔ یک فیلد سفارشی</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. Check the name and that you may read the file.</source>
        <translation>%1 باز نمی‌شود: %2. نام فایل و اجازهٔ خواندن آن را بررسی کنید.</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>وجود ندارد</translation>
    </message>
    <message>
        <source>%1 cannot be read from its start again. Copy it to a local folder and retry.</source>
        <translation>%1 را نمی‌توان دوباره از ابتدا خواند. آن را در یک پوشهٔ محلی کپی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a character encoding Kempt knows. Use a name such as UTF-8, UTF-16LE, windows-1252, windows-1251, ISO-8859-2 or KOI8-R.</source>
        <translation>%1: &quot;%2&quot; رمزگذاری نویسه‌ای نیست که Kempt بشناسد. از نامی مانند UTF-8، UTF-16LE، windows-1252، windows-1251، ISO-8859-2 یا KOI8-R استفاده کنید.</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument spreadsheet: it has no content part. Choose the spreadsheet, or save it from your spreadsheet program as .ods.</source>
        <translation>%1 صفحه‌گستردهٔ OpenDocument نیست: بخش محتوا ندارد. صفحه‌گسترده را انتخاب کنید، یا آن را در برنامهٔ صفحه‌گسترده به‌صورت ‎.ods ذخیره کنید.</translation>
    </message>
    <message>
        <source>%1 is password protected (encrypted). Open it in your spreadsheet program, remove the password and save it again.</source>
        <translation>%1 با گذرواژه محافظت شده (رمزنگاری‌شده) است. آن را در برنامهٔ صفحه‌گسترده باز کنید، گذرواژه را بردارید و دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>(XML error: %1)</source>
        <translation>(خطای XML: %1)</translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot; ends before its table does. The file is damaged; open it in your spreadsheet program and save it again.</source>
        <translation>%1: برگهٔ &quot;%2&quot; پیش از پایان جدولش تمام می‌شود. فایل آسیب دیده است؛ آن را در برنامهٔ صفحه‌گسترده باز کنید و دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>The problem is in sheet &quot;%1&quot; after row %2.</source>
        <translation>مشکل در برگهٔ &quot;%1&quot; پس از ردیف %2 است.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the file is not open.</source>
        <translation>%1 خوانده نمی‌شود: فایل باز نیست.</translation>
    </message>
    <message>
        <source>%1 has no sheet with cells. Open it in your spreadsheet program and check that it holds a table.</source>
        <translation>%1 هیچ برگهٔ دارای خانه ندارد. آن را در برنامهٔ صفحه‌گسترده باز کنید و بررسی کنید که جدولی داشته باشد.</translation>
    </message>
    <message>
        <source>%1 is not open yet.</source>
        <translation>%1 هنوز باز نشده است.</translation>
    </message>
    <message>
        <source>%1 has no sheet number %2; it has %3.</source>
        <translation>%1 برگهٔ شمارهٔ %2 ندارد؛ %3 برگه دارد.</translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot; is a chart and holds no table. Choose another sheet.</source>
        <translation>%1: برگهٔ &quot;%2&quot; نمودار است و جدولی ندارد. برگهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;. Its sheets are: %3.</source>
        <translation>%1 برگه‌ای با نام &quot;%2&quot; ندارد. برگه‌های آن: %3.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled at row %2.</source>
        <translation>خواندن %1 در ردیف %2 لغو شد.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). Export the contacts again or choose another file.</source>
        <translation>%1 خالی است (0 بایت). مخاطبان را دوباره صادر کنید یا فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 is not a vCard file: it holds binary data, not text. Choose the .vcf file your address book exported.</source>
        <translation>%1 فایل vCard نیست: دادهٔ دودویی دارد، نه متن. فایل ‎.vcf صادرشده از دفترچهٔ نشانی خود را انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1, line %2: the line is longer than %3 MB, which no contact needs. Check that this is a vCard file.</source>
        <translation>%1، خط %2: طول خط بیش از %3 مگابایت است که هیچ مخاطبی به آن نیاز ندارد. بررسی کنید که این فایل vCard باشد.</translation>
    </message>
    <message>
        <source>%1, line %2: the property is longer than %3 MB, which no contact needs. Check that this is a vCard file.</source>
        <translation>%1، خط %2: طول ویژگی بیش از %3 مگابایت است که هیچ مخاطبی به آن نیاز ندارد. بررسی کنید که این فایل vCard باشد.</translation>
    </message>
    <message>
        <source>%1, line %2: a card must start with BEGIN:VCARD, but the line reads &quot;%3&quot;. Check that this is a vCard (.vcf) file; if it is damaged, export the contacts again.</source>
        <translation>%1، خط %2: هر کارت باید با BEGIN:VCARD شروع شود، اما این خط &quot;%3&quot; است. بررسی کنید که این فایل vCard (‎.vcf) باشد؛ اگر آسیب دیده است، مخاطبان را دوباره صادر کنید.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled at line %2.</source>
        <translation>خواندن %1 در خط %2 لغو شد.</translation>
    </message>
    <message>
        <source>%1, line %2: the card has more than %3 properties, which no contact needs. Check that this is a vCard file.</source>
        <translation>%1، خط %2: کارت بیش از %3 ویژگی دارد که هیچ مخاطبی به آن نیاز ندارد. بررسی کنید که این فایل vCard باشد.</translation>
    </message>
    <message>
        <source>%1, line %2: the card that starts here has no END:VCARD; the file ends first and may be cut short. Export the contacts again.</source>
        <translation>%1، خط %2: کارتی که از اینجا شروع می‌شود END:VCARD ندارد؛ فایل زودتر تمام می‌شود و ممکن است ناقص باشد. مخاطبان را دوباره صادر کنید.</translation>
    </message>
    <message>
        <source>no output to write to</source>
        <translation>خروجی‌ای برای نوشتن وجود ندارد</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>نوشتن در %1 ممکن نیست: %2. فضای آزاد دیسک و مجوزهای پوشه را بررسی کنید.</translation>
    </message>
    <message>
        <source>%1 cannot be created. Choose a folder you can write to.</source>
        <translation>%1 ساخته نمی‌شود. پوشه‌ای را انتخاب کنید که اجازهٔ نوشتن در آن را دارید.</translation>
    </message>
    <message>
        <source>%1 is not open for writing.</source>
        <translation>%1 برای نوشتن باز نیست.</translation>
    </message>
    <message>
        <source>Row %1, column %2 holds %3 characters; an Excel cell holds at most %4. Export to CSV instead, or shorten the value.</source>
        <translation>ردیف %1، ستون %2 دارای %3 نویسه است؛ هر خانهٔ Excel حداکثر %4 نویسه می‌پذیرد. به‌جای آن به CSV صادر کنید، یا مقدار را کوتاه کنید.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 rows, and there are more records. Export to CSV, or export a smaller selection.</source>
        <translation>هر برگهٔ Excel حداکثر %1 ردیف دارد و تعداد رکوردها بیشتر است. به CSV صادر کنید، یا مجموعهٔ کوچک‌تری را صادر کنید.</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3</source>
        <translation>%1، برگهٔ &quot;%2&quot;، ردیف %3</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;</source>
        <translation>%1، برگهٔ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the row number &quot;%2&quot; is not valid. The file is damaged; open it in your spreadsheet program and save it again.</source>
        <translation>%1: شمارهٔ ردیف &quot;%2&quot; معتبر نیست. فایل آسیب دیده است؛ آن را در برنامهٔ صفحه‌گسترده باز کنید و دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>%1: the cell reference &quot;%2&quot; is outside any sheet. The file is damaged; open it in your spreadsheet program and save it again.</source>
        <translation>%1: نشانی خانهٔ &quot;%2&quot; بیرون از همهٔ برگه‌هاست. فایل آسیب دیده است؛ آن را در برنامهٔ صفحه‌گسترده باز کنید و دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>%1 has more than %2 columns. The file is damaged; open it in your spreadsheet program and save it again.</source>
        <translation>%1 بیش از %2 ستون دارد. فایل آسیب دیده است؛ آن را در برنامهٔ صفحه‌گسترده باز کنید و دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>%1, cell %2: refers to shared text number %3, which the file does not have. The file is damaged; open it in your spreadsheet program and save it again.</source>
        <translation>%1، خانهٔ %2: به متن مشترک شمارهٔ %3 اشاره می‌کند که در فایل وجود ندارد. فایل آسیب دیده است؛ آن را در برنامهٔ صفحه‌گسترده باز کنید و دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: it has no workbook part (it may be a Word or PowerPoint file). Choose the spreadsheet, or save it from your spreadsheet program as .xlsx.</source>
        <translation>%1 کارپوشهٔ Excel نیست: بخش کارپوشه ندارد (ممکن است فایل Word یا PowerPoint باشد). صفحه‌گسترده را انتخاب کنید، یا آن را در برنامهٔ صفحه‌گسترده به‌صورت ‎.xlsx ذخیره کنید.</translation>
    </message>
    <message>
        <source>Excel files cannot be written: the library libxlsxwriter is missing (%1). Install the package libxlsxwriter4, or export to CSV.</source>
        <translation>فایل‌های Excel را نمی‌توان نوشت: کتابخانهٔ libxlsxwriter وجود ندارد (%1). بستهٔ libxlsxwriter4 را نصب کنید، یا به CSV صادر کنید.</translation>
    </message>
    <message>
        <source>Excel files cannot be written: the installed libxlsxwriter (%1) lacks functions Kempt needs. Install libxlsxwriter 1.1 or later, or export to CSV.</source>
        <translation>فایل‌های Excel را نمی‌توان نوشت: libxlsxwriter نصب‌شده (%1) توابعی را که Kempt نیاز دارد ندارد. libxlsxwriter نسخهٔ 1.1 یا جدیدتر را نصب کنید، یا به CSV صادر کنید.</translation>
    </message>
    <message>
        <source>%1 is not a complete %2 file: the part %3 is missing. Open it in your spreadsheet program and save it again.</source>
        <translation>%1 فایل %2 کاملی نیست: بخش %3 وجود ندارد. آن را در برنامهٔ صفحه‌گسترده باز کنید و دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>%1 was refused: its part %2 contains a document type declaration (DTD), which no %3 file needs and which can be used to attack the program reading it. Open the file in your spreadsheet program and save it again.</source>
        <translation>%1 پذیرفته نشد: بخش %2 آن یک اعلان نوع سند (DTD) دارد که هیچ فایل %3 به آن نیاز ندارد و می‌توان از آن برای حمله به برنامه‌ای که فایل را می‌خواند استفاده کرد. فایل را در برنامهٔ صفحه‌گسترده باز کنید و دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>%1 cannot be read from the start: %2.</source>
        <translation>%1 از ابتدا خوانده نمی‌شود: %2.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). Export the spreadsheet again or choose another file.</source>
        <translation>%1 خالی است (0 بایت). صفحه‌گسترده را دوباره صادر کنید یا فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 is password protected (encrypted), or an old binary Excel file (.xls). Open it in your spreadsheet program, remove the password and save it as %2.</source>
        <translation>%1 با گذرواژه محافظت شده (رمزنگاری‌شده) یا یک فایل دودویی قدیمی Excel (‎.xls) است. آن را در برنامهٔ صفحه‌گسترده باز کنید، گذرواژه را بردارید و به‌صورت %2 ذخیره کنید.</translation>
    </message>
    <message>
        <source>%1 is not an %2 file: it is not a ZIP package. Check that you chose the right file; if it is text, import it as CSV.</source>
        <translation>%1 فایل %2 نیست: بستهٔ ZIP نیست. بررسی کنید که فایل درست را انتخاب کرده باشید؛ اگر متنی است، آن را به‌صورت CSV درون‌ریزی کنید.</translation>
    </message>
    <message>
        <source>%1 is not a complete %2 file: the ZIP package is damaged or was cut short (truncated). Download or copy the file again, or open it in your spreadsheet program and save it again.</source>
        <translation>%1 فایل %2 کاملی نیست: بستهٔ ZIP آسیب دیده یا ناقص (بریده‌شده) است. فایل را دوباره دانلود یا کپی کنید، یا آن را در برنامهٔ صفحه‌گسترده باز کنید و دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 parts, far more than any %3 file; Kempt does not open it. Open it in your spreadsheet program and save it again.</source>
        <translation>%1 بیش از %2 بخش دارد، بسیار بیشتر از هر فایل %3؛ Kempt آن را باز نمی‌کند. آن را در برنامهٔ صفحه‌گسترده باز کنید و دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>%1 is not a complete %2 file: its table of contents is damaged. Download or copy the file again, or open it in your spreadsheet program and save it again.</source>
        <translation>%1 فایل %2 کاملی نیست: فهرست محتوای آن آسیب دیده است. فایل را دوباره دانلود یا کپی کنید، یا آن را در برنامهٔ صفحه‌گسترده باز کنید و دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>%1 is too large to read safely: its part %2 unpacks to %3 MB, and Kempt reads at most %4 MB. Split the spreadsheet into smaller files or save it as CSV.</source>
        <translation>%1 برای خواندن ایمن بیش از حد بزرگ است: بخش %2 آن پس از باز شدن از حالت فشرده %3 مگابایت می‌شود و Kempt حداکثر %4 مگابایت می‌خواند. صفحه‌گسترده را به فایل‌های کوچک‌تر تقسیم کنید یا آن را به‌صورت CSV ذخیره کنید.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be unpacked (the file may be truncated). Download or copy the file again, or open it in your spreadsheet program and save it again.</source>
        <translation>%1 آسیب دیده است: بخش %2 آن از حالت فشرده باز نمی‌شود (ممکن است فایل ناقص باشد). فایل را دوباره دانلود یا کپی کنید، یا آن را در برنامهٔ صفحه‌گسترده باز کنید و دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>%1 looks like a ZIP bomb: its part %2 would grow more than %3 times when unpacked. Kempt does not open it. If the file is genuine, open it in your spreadsheet program and save it as CSV.</source>
        <translation>%1 شبیه بمب ZIP است: بخش %2 آن هنگام باز شدن از حالت فشرده بیش از %3 برابر بزرگ می‌شود. Kempt آن را باز نمی‌کند. اگر فایل معتبر است، آن را در برنامهٔ صفحه‌گسترده باز کنید و به‌صورت CSV ذخیره کنید.</translation>
    </message>
    <message>
        <source>No workspace is open. Open or create one with the File menu, then import.</source>
        <translation>هیچ فضای کاری باز نیست. از منوی پرونده یکی را باز کنید یا بسازید، سپس درون‌ریزی کنید.</translation>
    </message>
    <message>
        <source>The file to import could not be opened.</source>
        <translation>فایل مورد نظر برای درون‌ریزی باز نشد.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <source>Update empty fields</source>
        <translation>به‌روزرسانی فیلدهای خالی</translation>
    </message>
    <message>
        <source>Update and overwrite</source>
        <translation>به‌روزرسانی و بازنویسی</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <source>Create as new</source>
        <translation>ایجاد به‌عنوان جدید</translation>
    </message>
    <message>
        <source>Contact %1 cannot be read to update it.</source>
        <translation>مخاطب %1 برای به‌روزرسانی خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>Rows %1 could not be merged: %2</source>
        <translation>ردیف‌های %1 ادغام نشدند: %2</translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>ردیف %1 (%2)</translation>
    </message>
    <message>
        <source>%1 = contact %2 (%3)</source>
        <translation>%1 = مخاطب %2 (%3)</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>قطعی</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>احتمالی</translation>
    </message>
    <message>
        <source>%1; %2, %3%: %4</source>
        <translation>%1؛ %2، %3%: %4</translation>
    </message>
    <message>
        <source>Looking for duplicates was cancelled; nothing was imported.</source>
        <translation>جست‌وجوی تکراری‌ها لغو شد؛ هیچ چیزی درون‌ریزی نشد.</translation>
    </message>
    <message>
        <source>Line %1 has %2 cells but the header has %3: a value holds the delimiter without quotes, so its cells would land in the wrong columns. Put that value in quotes, or remove the extra cells.</source>
        <translation>خط %1 دارای %2 خانه است اما سرستون %3 خانه دارد: مقداری بدون نقل‌قول شامل جداکننده است، پس خانه‌هایش در ستون‌های نادرست قرار می‌گیرند. آن مقدار را داخل نقل‌قول بگذارید، یا خانه‌های اضافی را حذف کنید.</translation>
    </message>
    <message>
        <source>Storing a note</source>
        <translation>ذخیرهٔ یک یادداشت</translation>
    </message>
    <message>
        <source>A mapping needs a name of 1 to 100 characters with a letter or digit, such as &quot;Google Contacts&quot;.</source>
        <translation>نگاشت به نامی با 1 تا 100 نویسه نیاز دارد که حرف یا رقم داشته باشد، مانند &quot;Google Contacts&quot;.</translation>
    </message>
    <message>
        <source>The mapping &quot;%1&quot; maps no column to a field. Map at least one column before saving it.</source>
        <translation>نگاشت &quot;%1&quot; هیچ ستونی را به فیلدی نگاشت نمی‌کند. پیش از ذخیره، دست‌کم یک ستون را نگاشت کنید.</translation>
    </message>
    <message>
        <source>There is no saved mapping &quot;%1&quot;.</source>
        <translation>نگاشت ذخیره‌شده‌ای با نام &quot;%1&quot; وجود ندارد.</translation>
    </message>
    <message>
        <source>The saved mapping &quot;%1&quot; was made for other columns: %2</source>
        <translation>نگاشت ذخیره‌شدهٔ &quot;%1&quot; برای ستون‌های دیگری ساخته شده بود: %2</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose the file that holds the contacts.</source>
        <translation>%1 یک پوشه است. فایلی را انتخاب کنید که مخاطبان را در خود دارد.</translation>
    </message>
    <message>
        <source>%1 is %2; Kempt imports files of up to %3. Split it into smaller files (for example by country or by year) and import them one after the other.</source>
        <translation>حجم %1 برابر %2 است؛ Kempt فایل‌هایی تا %3 را درون‌ریزی می‌کند. آن را به فایل‌های کوچک‌تر تقسیم کنید (مثلاً بر اساس کشور یا سال) و آن‌ها را یکی پس از دیگری درون‌ریزی کنید.</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls), which Kempt does not read. Open it in your spreadsheet program, save it as .xlsx or CSV and import that.</source>
        <translation>%1 یک کارپوشهٔ Excel 97-2003 (‎.xls) است که Kempt آن را نمی‌خواند. آن را در برنامهٔ صفحه‌گسترده باز کنید، به‌صورت ‎.xlsx یا CSV ذخیره کنید و همان را درون‌ریزی کنید.</translation>
    </message>
    <message>
        <source>%1 cannot be read from its start. Copy it to a local folder and retry.</source>
        <translation>%1 از ابتدا خوانده نمی‌شود. آن را در یک پوشهٔ محلی کپی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet or a text file: it holds binary data. Export the contacts as CSV, XLSX or vCard and import that.</source>
        <translation>%1 صفحه‌گسترده یا فایل متنی نیست: دادهٔ دودویی دارد. مخاطبان را به‌صورت CSV، XLSX یا vCard صادر کنید و همان را درون‌ریزی کنید.</translation>
    </message>
    <message>
        <source>%1: the delimiter and the quote character are both %2. Choose two different characters.</source>
        <translation>%1: جداکننده و نویسهٔ نقل‌قول هر دو %2 هستند. دو نویسهٔ متفاوت انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>%1 holds no contact card (BEGIN:VCARD). Export the contacts again or choose another file.</source>
        <translation>%1 هیچ کارت مخاطبی (BEGIN:VCARD) ندارد. مخاطبان را دوباره صادر کنید یا فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Other address: %1</source>
        <translation>نشانی دیگر: %1</translation>
    </message>
    <message>
        <source>Other address (%1): %2</source>
        <translation>نشانی دیگر (%1): %2</translation>
    </message>
    <message>
        <source>Other website: %1</source>
        <translation>وب‌سایت دیگر: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) had a picture (%1 in all), which was skipped: Kempt keeps no pictures.</source>
        <translation>
            <numerusform>%Ln کارت تصویر داشتند (در مجموع %1) که نادیده گرفته شد: Kempt هیچ تصویری نگه نمی‌دارد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>CSV or other delimited text</source>
        <translation>CSV یا متن دیگری با جداکننده</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>کارپوشهٔ Excel (‎.xlsx)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (.ods)</source>
        <translation>صفحه‌گستردهٔ OpenDocument (‎.ods)</translation>
    </message>
    <message>
        <source>vCard address book (.vcf)</source>
        <translation>دفترچهٔ نشانی vCard (‎.vcf)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>ویرگول ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>نقطه‌ویرگول ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>خط عمودی ( | )</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>ویرگول</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>نقطه‌ویرگول</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>خط عمودی</translation>
    </message>
    <message>
        <source>%1, detected</source>
        <translation>%1، تشخیص داده‌شده</translation>
    </message>
    <message>
        <source>%1, as chosen</source>
        <translation>%1، انتخاب‌شده</translation>
    </message>
</context>
<context>
    <name>ImportUndoer</name>
    <message>
        <source>The import could not be undone.</source>
        <translation>درون‌ریزی واگرد نشد.</translation>
    </message>
</context>
<context>
    <name>Kempt</name>
    <message>
        <source>no output to write to</source>
        <translation>خروجی‌ای برای نوشتن وجود ندارد</translation>
    </message>
    <message>
        <source>Only contacts and companies can be exported to CSV.</source>
        <translation>فقط مخاطبان و شرکت‌ها را می‌توان به CSV صادر کرد.</translation>
    </message>
    <message>
        <source>The export was cancelled after %1 records; the output is incomplete.</source>
        <translation>صدور پس از %1 رکورد لغو شد؛ خروجی ناقص است.</translation>
    </message>
    <message>
        <source>Reading the records to export</source>
        <translation>خواندن رکوردها برای صدور</translation>
    </message>
    <message>
        <source>Writing the export failed: %1. Check the free disk space and the target&apos;s permissions.</source>
        <translation>نوشتن خروجی ناموفق بود: %1. فضای آزاد دیسک و مجوزهای مقصد را بررسی کنید.</translation>
    </message>
    <message>
        <source>No workspace is open. Create one with File &gt; New first.</source>
        <translation>هیچ فضای کاری باز نیست. ابتدا از پرونده &gt; فضای کاری جدید یکی بسازید.</translation>
    </message>
    <message>
        <source>The number of sample contacts cannot be negative.</source>
        <translation>تعداد مخاطبان نمونه نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>بارگذاری داده‌های نمونه</translation>
    </message>
    <message>
        <source>%1 already holds contacts. The sample data goes into an empty workspace; create one with File &gt; New.</source>
        <translation>%1 از قبل مخاطب دارد. داده‌های نمونه فقط در فضای کاری خالی بارگذاری می‌شود؛ از پرونده &gt; فضای کاری جدید یکی بسازید.</translation>
    </message>
    <message>
        <source>Updating the change journal</source>
        <translation>به‌روزرسانی دفتر تغییرات</translation>
    </message>
    <message>
        <source>Restoring a row of %1</source>
        <translation>بازیابی یک ردیف از %1</translation>
    </message>
    <message>
        <source>Reading the change journal</source>
        <translation>خواندن دفتر تغییرات</translation>
    </message>
    <message>
        <source>Restoring %1.%2</source>
        <translation>بازیابی %1.%2</translation>
    </message>
    <message>
        <source>Removing a row of %1</source>
        <translation>حذف یک ردیف از %1</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>Keeping a copy before the upgrade</source>
        <translation>نگه‌داشتن یک نسخه پیش از ارتقا</translation>
    </message>
    <message>
        <source>Creating the search index</source>
        <translation>ساختن نمایهٔ جست‌وجو</translation>
    </message>
    <message>
        <source>Suspending the search index</source>
        <translation>تعلیق نمایهٔ جست‌وجو</translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation>بازسازی نمایهٔ جست‌وجو</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>دیسک پر است. مقداری فضا آزاد کنید و دوباره تلاش کنید؛ هیچ تغییری اعمال نشد.</translation>
    </message>
    <message>
        <source>The workspace is busy in another program. Close it there and try again.</source>
        <translation>فضای کاری در برنامهٔ دیگری در حال استفاده است. آن را در آنجا ببندید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The workspace file is read-only. Make it writable and try again.</source>
        <translation>فایل فضای کاری فقط‌خواندنی است. آن را قابل نوشتن کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Restore it from a copy.</source>
        <translation>فایل فضای کاری آسیب دیده است. آن را از یک نسخهٔ پشتیبان بازیابی کنید.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>«%1» ناموفق بود: %2</translation>
    </message>
    <message>
        <source>Starting a change</source>
        <translation>شروع یک تغییر</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>ذخیرهٔ تغییر</translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>شرکت باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>The company no longer exists; it may have been deleted.</source>
        <translation>این شرکت دیگر وجود ندارد؛ ممکن است حذف شده باشد.</translation>
    </message>
    <message>
        <source>There is no company called &quot;%1&quot;.</source>
        <translation>شرکتی با نام &quot;%1&quot; وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no owner called &quot;%1&quot;.</source>
        <translation>مالکی با نام &quot;%1&quot; وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose another file, or create a new workspace with File &gt; New.</source>
        <translation>%1 وجود ندارد. فایل دیگری انتخاب کنید، یا از پرونده &gt; فضای کاری جدید یک فضای کاری تازه بسازید.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file. Choose a .sqlite file.</source>
        <translation>%1 یک پوشه است، نه فایل فضای کاری. یک فایل ‎.sqlite انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation>%1 خوانده نمی‌شود: %2. مجوزهای فایل را بررسی کنید.</translation>
    </message>
    <message>
        <source>%1 is empty, so it is not a Kempt workspace. Choose another file, or create a new workspace with File &gt; New.</source>
        <translation>%1 خالی است، پس فضای کاری Kempt نیست. فایل دیگری انتخاب کنید، یا از پرونده &gt; فضای کاری جدید یک فضای کاری تازه بسازید.</translation>
    </message>
    <message>
        <source>%1 is not a Kempt workspace (it is not an SQLite database). To bring its contents into Kempt, use File &gt; Import.</source>
        <translation>%1 فضای کاری Kempt نیست (پایگاه دادهٔ SQLite نیست). برای آوردن محتوای آن به Kempt، از پرونده &gt; درون‌ریزی استفاده کنید.</translation>
    </message>
    <message>
        <source>%1 is read-only. Kempt must be able to save changes: make the file writable, or copy it to a folder you can write to.</source>
        <translation>%1 فقط‌خواندنی است. Kempt باید بتواند تغییرات را ذخیره کند: فایل را قابل نوشتن کنید، یا آن را در پوشه‌ای کپی کنید که اجازهٔ نوشتن در آن را دارید.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only, and SQLite keeps its journal next to the file. Move the workspace to a folder you can write to.</source>
        <translation>پوشهٔ %1 فقط‌خواندنی است و SQLite فایل ژورنال خود را کنار فایل نگه می‌دارد. فضای کاری را به پوشه‌ای منتقل کنید که اجازهٔ نوشتن در آن را دارید.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File &gt; Open.</source>
        <translation>%1 از قبل وجود دارد. نام فایل تازه‌ای انتخاب کنید، یا آن را از پرونده &gt; باز کردن باز کنید.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created. Choose a folder you can write to.</source>
        <translation>پوشهٔ %1 ساخته نمی‌شود. پوشه‌ای را انتخاب کنید که اجازهٔ نوشتن در آن را دارید.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 باز نمی‌شود: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database (%2). Restore it from a copy.</source>
        <translation>%1 آسیب دیده است یا پایگاه داده نیست (%2). آن را از یک نسخهٔ پشتیبان بازیابی کنید.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Kempt workspace. Kempt leaves it unchanged.</source>
        <translation>%1 پایگاه دادهٔ SQLite است، اما فضای کاری Kempt نیست. Kempt آن را تغییر نمی‌دهد.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Kempt (workspace format %2; this version reads up to %3). Update Kempt to open it.</source>
        <translation>%1 با نسخهٔ جدیدتری از Kempt ذخیره شده است (قالب فضای کاری %2؛ این نسخه تا %3 را می‌خواند). برای باز کردن آن، Kempt را به‌روز کنید.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a copy; Kempt leaves it unchanged.</source>
        <translation>%1 آسیب دیده است (%2). آن را از یک نسخهٔ پشتیبان بازیابی کنید؛ Kempt آن را تغییر نمی‌دهد.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: %2</source>
        <translation>%1 برای نوشتن باز نمی‌شود: %2</translation>
    </message>
    <message>
        <source>The SQLite driver did not give access to the database.</source>
        <translation>درایور SQLite دسترسی به پایگاه داده را فراهم نکرد.</translation>
    </message>
    <message>
        <source>Updating the workspace format failed: %1</source>
        <translation>به‌روزرسانی قالب فضای کاری ناموفق بود: %1</translation>
    </message>
    <message>
        <source>A contact needs at least a name, an e-mail address or a company.</source>
        <translation>مخاطب دست‌کم به یک نام، نشانی ایمیل یا شرکت نیاز دارد.</translation>
    </message>
    <message>
        <source>The contact no longer exists; it may have been deleted for good.</source>
        <translation>این مخاطب دیگر وجود ندارد؛ ممکن است برای همیشه حذف شده باشد.</translation>
    </message>
    <message>
        <source>%1 cannot be edited.</source>
        <translation>%1 قابل ویرایش نیست.</translation>
    </message>
    <message>
        <source>A view needs a name. Type one and save again.</source>
        <translation>نما به نام نیاز دارد. یک نام بنویسید و دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>The view no longer exists; it may have been deleted already.</source>
        <translation>این نما دیگر وجود ندارد؛ ممکن است قبلاً حذف شده باشد.</translation>
    </message>
    <message>
        <source>The finished export cannot be read back: %1.</source>
        <translation>خروجی تکمیل‌شده دوباره خوانده نمی‌شود: %1.</translation>
    </message>
    <message>
        <source>Only contacts and companies can be exported to Excel.</source>
        <translation>فقط مخاطبان و شرکت‌ها را می‌توان به Excel صادر کرد.</translation>
    </message>
    <message>
        <source>No temporary folder can be created for the export: %1.</source>
        <translation>پوشهٔ موقتی برای صدور ساخته نمی‌شود: %1.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>رکورد %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled after %1 records; nothing was written.</source>
        <translation>صدور پس از %1 رکورد لغو شد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>Only contacts can be exported as vCards. Export companies to CSV or Excel.</source>
        <translation>فقط مخاطبان را می‌توان به‌صورت vCard صادر کرد. شرکت‌ها را به CSV یا Excel صادر کنید.</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>به‌روزرسانی نمایهٔ جست‌وجو</translation>
    </message>
    <message>
        <source>Restoring the trigger %1</source>
        <translation>بازیابی تریگر %1</translation>
    </message>
</context>
<context>
    <name>Kempt::BoardCardList</name>
    <message>
        <source>Drop deals here to mark them won.</source>
        <translation>معامله‌ها را اینجا رها کنید تا به‌عنوان موفق علامت‌گذاری شوند.</translation>
    </message>
    <message>
        <source>Drop deals here to mark them lost; you will be asked why.</source>
        <translation>معامله‌ها را اینجا رها کنید تا به‌عنوان ناموفق علامت‌گذاری شوند؛ دلیل آن از شما پرسیده می‌شود.</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>بدون معامله</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Drop here</source>
        <translation>اینجا رها کنید</translation>
    </message>
    <message>
        <source>1 deal · %1</source>
        <translation>1 معامله · %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deals · %1</source>
        <translation>
            <numerusform>%Ln معامله · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kempt::BoardColumn</name>
    <message>
        <source>%1 · %2 weighted</source>
        <translation>%1 · %2 وزن‌دار</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in other currencies, not summed</source>
        <translation>
            <numerusform>%Ln مورد دیگر با ارزهای دیگر، جمع زده نشده</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 deal</source>
        <translation>%1: 1 معامله</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln deals</source>
        <translation>
            <numerusform>%1: %Ln معامله</numerusform>
        </translation>
    </message>
    <message>
        <source>Default probability %1 %</source>
        <translation>احتمال پیش‌فرض %1 %</translation>
    </message>
    <message>
        <source>A deal here longer than a day is marked as rotting.</source>
        <translation>معامله‌ای که بیش از یک روز اینجا بماند، راکد علامت‌گذاری می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>A deal here longer than %Ln days is marked as rotting.</source>
        <translation>
            <numerusform>معامله‌ای که بیش از %Ln روز اینجا بماند، راکد علامت‌گذاری می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>To enter, a deal needs %1.</source>
        <translation>برای ورود، معامله به %1 نیاز دارد.</translation>
    </message>
</context>
<context>
    <name>Kempt::BoardFilterBar</name>
    <message>
        <source>Filter by title or company</source>
        <translation>فیلتر بر اساس عنوان یا شرکت</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>همهٔ مالکان</translation>
    </message>
    <message>
        <source>Show one owner&apos;s deals</source>
        <translation>نمایش معامله‌های یک مالک</translation>
    </message>
    <message>
        <source>Show deals expected to close in a period</source>
        <translation>نمایش معامله‌هایی که انتظار می‌رود در یک دوره بسته شوند</translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation>هر تاریخ بسته‌شدن</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>سررسیدگذشته</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>بسته‌شدن در این ماه</translation>
    </message>
    <message>
        <source>Closing next month</source>
        <translation>بسته‌شدن در ماه آینده</translation>
    </message>
    <message>
        <source>Closing this quarter</source>
        <translation>بسته‌شدن در این فصل</translation>
    </message>
    <message>
        <source>Closing in 90 days</source>
        <translation>بسته‌شدن در 90 روز آینده</translation>
    </message>
    <message>
        <source>Closing between…</source>
        <translation>بسته‌شدن بین…</translation>
    </message>
</context>
<context>
    <name>Kempt::BulkUpdateDialog</name>
    <message>
        <source>Bulk Update</source>
        <translation>به‌روزرسانی گروهی</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>فیلد (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>مقدار جدید (&amp;N):</translation>
    </message>
    <message>
        <source>Apply to:</source>
        <translation>اعمال روی:</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>به‌روزرسانی (&amp;U)</translation>
    </message>
    <message>
        <source>Sets one field to the same value on many records at once. A single Undo takes the whole change back.</source>
        <translation>یک فیلد را در چندین رکورد به‌طور هم‌زمان روی یک مقدار تنظیم می‌کند. یک واگرد کل تغییر را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>This clears %1 on %2.</source>
        <translation>با این کار %1 در %2 پاک می‌شود.</translation>
    </message>
    <message>
        <source>This changes %1 to “%2” on %3.</source>
        <translation>با این کار %1 در %3 به «%2» تغییر می‌کند.</translation>
    </message>
</context>
<context>
    <name>Kempt::ColumnChooserDialog</name>
    <message>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <source>Tick the columns to show. Drag them to change their order.</source>
        <translation>ستون‌هایی را که باید نمایش داده شوند علامت بزنید. برای تغییر ترتیب، آن‌ها را بکشید.</translation>
    </message>
</context>
<context>
    <name>Kempt::CompanyEditor</name>
    <message>
        <source>&amp;Details</source>
        <translation>جزئیات (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>نشانی (&amp;A)</translation>
    </message>
    <message>
        <source>Custom &amp;Fields</source>
        <translation>فیلدهای سفارشی (&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>مخاطبان (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>خط زمانی (&amp;T)</translation>
    </message>
    <message>
        <source>e.g. GmbH, Ltd, Inc.</source>
        <translation>مثلاً GmbH، Ltd، Inc.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام (&amp;N):</translation>
    </message>
    <message>
        <source>Legal form:</source>
        <translation>نوع شخصیت حقوقی:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>صنعت (&amp;I):</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>اندازه (&amp;Z):</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>مالک (&amp;W):</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>وب‌سایت:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>تلفن (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ایمیل (&amp;E):</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>برچسب‌ها (&amp;A):</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>توضیحات:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>خیابان (&amp;S):</translation>
    </message>
    <message>
        <source>Postcode, &amp;city:</source>
        <translation>کد پستی، شهر (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>استان (&amp;R):</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>کشور (&amp;Y):</translation>
    </message>
    <message>
        <source>C&amp;ontacts (%1)</source>
        <translation>مخاطبان (%1) (&amp;O)</translation>
    </message>
    <message>
        <source>Save the company first; then notes and activities can be added.</source>
        <translation>ابتدا شرکت را ذخیره کنید؛ سپس می‌توانید یادداشت و فعالیت اضافه کنید.</translation>
    </message>
    <message>
        <source>Company – %1</source>
        <translation>شرکت – %1</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>شرکت جدید</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>شرکت جدید</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>نام شرکت را وارد کنید.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>دور انداختن تغییرات</translation>
    </message>
    <message>
        <source>Close the editor and discard your changes to this company?</source>
        <translation>ویرایشگر بسته شود و تغییرات شما در این شرکت دور انداخته شود؟</translation>
    </message>
</context>
<context>
    <name>Kempt::ContactEditor</name>
    <message>
        <source>Work</source>
        <translation>محل کار</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>منزل</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>همراه</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>جزئیات (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Contact Info</source>
        <translation>اطلاعات تماس (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>نشانی (&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>رضایت (&amp;O)</translation>
    </message>
    <message>
        <source>Custom &amp;Fields</source>
        <translation>فیلدهای سفارشی (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>خط زمانی (&amp;T)</translation>
    </message>
    <message>
        <source>Leave empty to use the name composed from its parts.</source>
        <translation>برای استفاده از نامی که از اجزای آن ساخته می‌شود، خالی بگذارید.</translation>
    </message>
    <message>
        <source>Found or created by name</source>
        <translation>بر اساس نام پیدا یا ایجاد می‌شود</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation>عنوان:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>نام (&amp;F):</translation>
    </message>
    <message>
        <source>Middle name:</source>
        <translation>نام میانی:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>نام خانوادگی (&amp;L):</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>نام نمایشی:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>تاریخ تولد:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>وب‌سایت:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>عنوان شغلی:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>بخش:</translation>
    </message>
    <message>
        <source>Com&amp;pany:</source>
        <translation>شرکت (&amp;P):</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>مالک (&amp;W):</translation>
    </message>
    <message>
        <source>Lead source:</source>
        <translation>منبع سرنخ:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>برچسب‌ها (&amp;A):</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Add E-mail Address</source>
        <translation>افزودن نشانی ایمیل</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Add Phone Number</source>
        <translation>افزودن شماره تلفن</translation>
    </message>
    <message>
        <source>Add Profile</source>
        <translation>افزودن نمایه</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>نشانی‌های ایمیل</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>شماره‌تلفن‌ها</translation>
    </message>
    <message>
        <source>Social profiles</source>
        <translation>نمایه‌های شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>خیابان (&amp;S):</translation>
    </message>
    <message>
        <source>Postcode, &amp;city:</source>
        <translation>کد پستی، شهر (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>استان (&amp;R):</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>کشور (&amp;Y):</translation>
    </message>
    <message>
        <source>Do not send e-mail</source>
        <translation>ایمیل ارسال نشود</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>تماس گرفته نشود</translation>
    </message>
    <message>
        <source>e.g. asked by phone</source>
        <translation>مثلاً: تلفنی درخواست کرد</translation>
    </message>
    <message>
        <source>Record what the person asked for, and when they unsubscribed.</source>
        <translation>ثبت کنید شخص چه درخواستی داشت و چه زمانی اشتراکش را لغو کرد.</translation>
    </message>
    <message>
        <source>Unsubscribed on:</source>
        <translation>تاریخ لغو اشتراک:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>دلیل:</translation>
    </message>
    <message>
        <source>Save the contact first; then notes and activities can be added.</source>
        <translation>ابتدا مخاطب را ذخیره کنید؛ سپس می‌توانید یادداشت و فعالیت اضافه کنید.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>ایجاد: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>به‌روزرسانی: %1</translation>
    </message>
    <message>
        <source>Last contacted %1</source>
        <translation>آخرین تماس: %1</translation>
    </message>
    <message>
        <source>Contact – %1</source>
        <translation>مخاطب – %1</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>مخاطب جدید</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>مخاطب جدید</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 در %2</translation>
    </message>
    <message>
        <source>Enter a name, an e-mail address or a company, so that the contact can be found again.</source>
        <translation>یک نام، نشانی ایمیل یا شرکت وارد کنید تا بتوان مخاطب را دوباره پیدا کرد.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Correct it on the Contact Info tab or remove the row.</source>
        <translation>«%1» نشانی ایمیل نیست. آن را در زبانهٔ «اطلاعات تماس» اصلاح کنید یا ردیف را حذف کنید.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>دور انداختن تغییرات</translation>
    </message>
    <message>
        <source>Close the editor and discard your changes to this contact?</source>
        <translation>ویرایشگر بسته شود و تغییرات شما در این مخاطب دور انداخته شود؟</translation>
    </message>
    <message>
        <source>Merge %1 with %2</source>
        <translation>ادغام %1 با %2</translation>
    </message>
    <message>
        <source>The contact was saved, but it could not be merged. Merge it in the Duplicates section.</source>
        <translation>مخاطب ذخیره شد، اما ادغام نشد. آن را در بخش تکراری‌ها ادغام کنید.</translation>
    </message>
</context>
<context>
    <name>Kempt::ContactPicker</name>
    <message>
        <source>Type a name, e-mail or company</source>
        <translation>نام، ایمیل یا شرکت را بنویسید</translation>
    </message>
</context>
<context>
    <name>Kempt::CustomFieldForm</name>
    <message>
        <source>A number, e.g. 42 or 3.5</source>
        <translation>یک عدد، مانند 42 یا 3.5</translation>
    </message>
</context>
<context>
    <name>Kempt::DealEditor</name>
    <message>
        <source>&amp;Details</source>
        <translation>جزئیات (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>مخاطبان (&amp;C)</translation>
    </message>
    <message>
        <source>Custom &amp;Fields</source>
        <translation>فیلدهای سفارشی (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>خط زمانی (&amp;T)</translation>
    </message>
    <message>
        <source>Stage &amp;History</source>
        <translation>تاریخچهٔ مراحل (&amp;H)</translation>
    </message>
    <message>
        <source>e.g. 40 seats for Acme</source>
        <translation>مثلاً 40 کاربر برای Acme</translation>
    </message>
    <message>
        <source>Found or created by name</source>
        <translation>بر اساس نام پیدا یا ایجاد می‌شود</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Stage default</source>
        <translation>پیش‌فرض مرحله</translation>
    </message>
    <message>
        <source>Untick to give this deal a probability of its own.</source>
        <translation>تیک را بردارید تا این معامله احتمال مخصوص خودش را داشته باشد.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>عنوان (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>ارزش (&amp;V):</translation>
    </message>
    <message>
        <source>Com&amp;pany:</source>
        <translation>شرکت (&amp;P):</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>مخاطب (&amp;O):</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>مالک (&amp;W):</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>منبع (&amp;U):</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <source>P&amp;ipeline:</source>
        <translation>پایپ‌لاین (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>مرحله (&amp;S):</translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation>احتمال (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>بسته‌شدن پیش‌بینی‌شده (&amp;E):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>وضعیت (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Lost reason:</source>
        <translation>دلیل ناموفق بودن (&amp;L):</translation>
    </message>
    <message>
        <source>Add a contact: type a name, e-mail or company</source>
        <translation>افزودن مخاطب: نام، ایمیل یا شرکت را بنویسید</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>حذف (&amp;R)</translation>
    </message>
    <message>
        <source>The contact on the Details tab is the deal&apos;s main contact; these take part too.</source>
        <translation>مخاطبِ زبانهٔ «جزئیات» مخاطب اصلی معامله است؛ این مخاطبان نیز در آن مشارکت دارند.</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>مخاطبان دیگر</translation>
    </message>
    <message>
        <source>When the deal entered and left each stage. Moves on the board and in this editor add to it.</source>
        <translation>زمان ورود معامله به هر مرحله و خروج از آن. جابه‌جایی‌ها روی تابلو و در این ویرایشگر به آن افزوده می‌شوند.</translation>
    </message>
    <message>
        <source>Sales (made when saving)</source>
        <translation>فروش (هنگام ذخیره ساخته می‌شود)</translation>
    </message>
    <message>
        <source>Set the status to Open to move the deal.</source>
        <translation>برای جابه‌جا کردن معامله، وضعیت را روی «باز» بگذارید.</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>یک دلیل انتخاب کنید</translation>
    </message>
    <message>
        <source>Save the deal first; then notes, activities and its stage history appear here.</source>
        <translation>ابتدا معامله را ذخیره کنید؛ سپس یادداشت‌ها، فعالیت‌ها و تاریخچهٔ مراحل آن اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>ایجاد: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>به‌روزرسانی: %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>بسته‌شده: %1</translation>
    </message>
    <message>
        <source>Deal – %1</source>
        <translation>معامله – %1</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>معاملهٔ جدید</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>معاملهٔ جدید</translation>
    </message>
    <message>
        <source>Give the deal a title, so that it can be found again.</source>
        <translation>به معامله عنوانی بدهید تا بتوان آن را دوباره پیدا کرد.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code. Use three letters, such as EUR or USD.</source>
        <translation>«%1» کد ارز نیست. از سه حرف استفاده کنید، مانند EUR یا USD.</translation>
    </message>
    <message>
        <source>No contact is called “%1”. Type part of a name and pick the contact from the list, or clear the field.</source>
        <translation>هیچ مخاطبی با نام «%1» وجود ندارد. بخشی از یک نام را بنویسید و مخاطب را از فهرست انتخاب کنید، یا فیلد را پاک کنید.</translation>
    </message>
    <message>
        <source>Choose why the deal was lost.</source>
        <translation>دلیل ناموفق شدن معامله را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The deal was not saved.</source>
        <translation>معامله ذخیره نشد.</translation>
    </message>
    <message>
        <source>Edit deal %1</source>
        <translation>ویرایش معاملهٔ %1</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>دور انداختن تغییرات</translation>
    </message>
    <message>
        <source>Close the editor and discard your changes to this deal?</source>
        <translation>ویرایشگر بسته شود و تغییرات شما در این معامله دور انداخته شود؟</translation>
    </message>
</context>
<context>
    <name>Kempt::DealReportChart</name>
    <message>
        <source>Days</source>
        <translation>روزها</translation>
    </message>
</context>
<context>
    <name>Kempt::DealReportsView</name>
    <message>
        <source>Export PNG…</source>
        <translation>صدور PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>صدور CSV…</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <source>Win Rate</source>
        <translation>نرخ موفقیت</translation>
    </message>
    <message>
        <source>Sales Cycle</source>
        <translation>چرخهٔ فروش</translation>
    </message>
    <message>
        <source>Time in Stage</source>
        <translation>زمان در مرحله</translation>
    </message>
    <message>
        <source>Won and Lost</source>
        <translation>موفق و ناموفق</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>ذخیرهٔ نمودار به‌صورت تصویر PNG</translation>
    </message>
    <message>
        <source>Save the numbers as a CSV file for a spreadsheet</source>
        <translation>ذخیرهٔ اعداد به‌صورت فایل CSV برای صفحه‌گسترده</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>پایپ‌لاین (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>مالک (&amp;O):</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>دوره (&amp;E):</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>همهٔ پایپ‌لاین‌ها</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>همهٔ مالکان</translation>
    </message>
    <message>
        <source>Open a workspace to see the reports of its deals.</source>
        <translation>یک فضای کاری باز کنید تا گزارش‌های معامله‌های آن را ببینید.</translation>
    </message>
    <message>
        <source>Amounts are in %1. Deals in %2 are counted but left out of the sums, as there are no exchange rates.</source>
        <translation>مبالغ به %1 هستند. معامله‌های با ارز %2 شمرده می‌شوند اما در جمع‌ها لحاظ نمی‌شوند، چون نرخ تبدیل ارز وجود ندارد.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>صدور نمودار</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>تصاویر PNG (*.png)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose a folder you can write to.</source>
        <translation>نوشتن در %1 ممکن نیست: %2. پوشه‌ای را انتخاب کنید که اجازهٔ نوشتن در آن را دارید.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>صدور گزارش</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Kempt::DealsPage</name>
    <message>
        <source>The pipeline the board shows</source>
        <translation>پایپ‌لاینی که تابلو نمایش می‌دهد</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>تابلو</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>نماها</translation>
    </message>
    <message>
        <source>Pipeline Settings…</source>
        <translation>تنظیمات پایپ‌لاین…</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>معاملهٔ جدید</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>پایپ‌لاین (&amp;P):</translation>
    </message>
    <message>
        <source>All Deals</source>
        <translation>همهٔ معامله‌ها</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>ذخیرهٔ نما (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Delete “%1”…</source>
        <translation>حذف «%1» (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Delete View…</source>
        <translation>حذف نما (&amp;D)…</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>ذخیرهٔ نما</translation>
    </message>
    <message>
        <source>Name of the view of deals:</source>
        <translation>نام نمای معامله‌ها:</translation>
    </message>
    <message>
        <source>A view named “%1” exists already. Replace it?</source>
        <translation>نمایی با نام «%1» از قبل وجود دارد. جایگزین شود؟</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>حذف نما</translation>
    </message>
    <message>
        <source>Delete the view “%1”? The deals it shows stay as they are.</source>
        <translation>نمای «%1» حذف شود؟ معامله‌هایی که نشان می‌دهد دست‌نخورده می‌مانند.</translation>
    </message>
</context>
<context>
    <name>Kempt::DuplicateActionDelegate</name>
    <message>
        <source>Import does</source>
        <translation>اقدام درون‌ریزی</translation>
    </message>
</context>
<context>
    <name>Kempt::DuplicateGroupModel</name>
    <message>
        <source>Contact %1</source>
        <translation>مخاطب %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 و %Ln مورد دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>قطعی</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>احتمالی</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>بدون تطابق</translation>
    </message>
    <message>
        <source>Skipped: listed after the groups not looked at yet.</source>
        <translation>نادیده‌گرفته‌شده: پس از گروه‌هایی که هنوز بررسی نشده‌اند فهرست می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 match, score %3, %Ln records</source>
        <translation>
            <numerusform>%1، تطابق %2، امتیاز %3، %Ln رکورد</numerusform>
        </translation>
    </message>
    <message>
        <source>Records</source>
        <translation>رکوردها</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>تطابق</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Sure: the records agree so much that they are almost certainly one person.
Possible: they may be one person; have a look before merging.</source>
        <translation>قطعی: رکوردها آن‌قدر با هم سازگارند که تقریباً به‌طور قطع یک نفرند.
احتمالی: ممکن است یک نفر باشند؛ پیش از ادغام نگاهی بیندازید.</translation>
    </message>
    <message>
        <source>Match weight in bits of the weakest link in the group: every bit doubles the odds that the records are one person.</source>
        <translation>وزن تطابق ضعیف‌ترین پیوند گروه بر حسب بیت: هر بیت بخت یک نفر بودن رکوردها را دو برابر می‌کند.</translation>
    </message>
    <message>
        <source>Records in the group</source>
        <translation>رکوردهای گروه</translation>
    </message>
</context>
<context>
    <name>Kempt::DuplicateReviewPanel</name>
    <message>
        <source>Contact %1</source>
        <translation>مخاطب %1</translation>
    </message>
    <message>
        <source>Up and Down choose a field; 1 to 9 keep the value of that record. The first row chooses the record that is kept.</source>
        <translation>بالا و پایین یک فیلد را انتخاب می‌کنند؛ 1 تا 9 مقدار همان رکورد را نگه می‌دارند. ردیف نخست رکوردی را انتخاب می‌کند که نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>E-mail addresses, phone numbers, profiles, tags, notes, activities and deals of every record are kept.</source>
        <translation>نشانی‌های ایمیل، شماره‌تلفن‌ها، نمایه‌ها، برچسب‌ها، یادداشت‌ها، فعالیت‌ها و معامله‌های همهٔ رکوردها نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>The pair of records whose comparison is shown</source>
        <translation>جفت رکوردهایی که مقایسهٔ آن‌ها نمایش داده می‌شود</translation>
    </message>
    <message>
        <source>Why they match</source>
        <translation>چرا مطابق‌اند</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two records of a pair</comment>
        <translation>%1 و %2</translation>
    </message>
    <message>
        <source>The records no longer match on any field.</source>
        <translation>رکوردها دیگر در هیچ فیلدی مطابقت ندارند.</translation>
    </message>
    <message>
        <source>Score in bits: the prior odds (%1) plus the weight of every field. Sure from %2 %, possible from %3 %.</source>
        <translation>امتیاز بر حسب بیت: بخت پیشین (%1) به‌علاوهٔ وزن هر فیلد. قطعی از %2 %، احتمالی از %3 %.</translation>
    </message>
    <message>
        <source>Group %1 of %2</source>
        <translation>گروه %1 از %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln رکورد</numerusform>
        </translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>امتیاز %1</translation>
    </message>
    <message>
        <source>no field differs</source>
        <translation>هیچ فیلدی متفاوت نیست</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field differs</source>
        <translation>
            <numerusform>%Ln فیلد متفاوت است</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields differ</source>
        <translation>
            <numerusform>%Ln فیلد متفاوت است</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped before</source>
        <translation>پیش‌تر نادیده گرفته شده</translation>
    </message>
</context>
<context>
    <name>Kempt::DuplicateSection</name>
    <message>
        <source>Keep the value of record %1 for the current field (on the first row: keep record %1)</source>
        <translation>نگه داشتن مقدار رکورد %1 برای فیلد فعلی (در ردیف نخست: نگه داشتن رکورد %1)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <source>Merge the records into the kept one, with the values chosen (M)</source>
        <translation>ادغام رکوردها در رکورد نگه‌داشته‌شده، با مقادیر انتخاب‌شده (M)</translation>
    </message>
    <message>
        <source>Not a Duplicate</source>
        <translation>تکراری نیست</translation>
    </message>
    <message>
        <source>Remember that these are different people; later scans keep them apart (N)</source>
        <translation>به خاطر سپردن این‌که این‌ها افراد متفاوتی هستند؛ جست‌وجوهای بعدی آن‌ها را جدا نگه می‌دارند (N)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <source>Decide later: the group moves to the end of the list (S)</source>
        <translation>تصمیم‌گیری در آینده: گروه به انتهای فهرست می‌رود (S)</translation>
    </message>
    <message>
        <source>Next Group</source>
        <translation>گروه بعدی</translation>
    </message>
    <message>
        <source>Next group (J)</source>
        <translation>گروه بعدی (J)</translation>
    </message>
    <message>
        <source>Previous Group</source>
        <translation>گروه قبلی</translation>
    </message>
    <message>
        <source>Previous group (K)</source>
        <translation>گروه قبلی (K)</translation>
    </message>
    <message>
        <source>Keep Record %1</source>
        <translation>نگه داشتن رکورد %1</translation>
    </message>
    <message>
        <source>Compare every contact with the others in the background; the groups found replace those of the last scan, and your decisions are kept.</source>
        <translation>مقایسهٔ هر مخاطب با دیگران در پس‌زمینه؛ گروه‌های یافته‌شده جایگزین گروه‌های آخرین جست‌وجو می‌شوند و تصمیم‌های شما حفظ می‌شوند.</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>تکراری‌ها</translation>
    </message>
    <message>
        <source>Stop the scan; the groups of the last scan stay as they are.</source>
        <translation>توقف جست‌وجو؛ گروه‌های آخرین جست‌وجو همان‌طور که هستند می‌مانند.</translation>
    </message>
    <message>
        <source>The group is back for review.</source>
        <translation>گروه برای بازبینی برگشت.</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>هیچ فضای کاری باز نیست</translation>
    </message>
    <message>
        <source>Open or create a workspace with the File menu to look for duplicate contacts.</source>
        <translation>برای جست‌وجوی مخاطبان تکراری، از منوی پرونده یک فضای کاری باز کنید یا بسازید.</translation>
    </message>
    <message>
        <source>No scan yet</source>
        <translation>هنوز جست‌وجویی انجام نشده است</translation>
    </message>
    <message>
        <source>A scan compares every contact with the others by name, e-mail, phone, company and address, and lists the records that look like one person, for you to merge or keep apart. It runs in the background; you can go on working.</source>
        <translation>جست‌وجو هر مخاطب را بر اساس نام، ایمیل، تلفن، شرکت و نشانی با دیگران مقایسه می‌کند و رکوردهایی را که به نظر یک نفرند فهرست می‌کند تا آن‌ها را ادغام کنید یا جدا نگه دارید. این کار در پس‌زمینه اجرا می‌شود؛ می‌توانید به کار خود ادامه دهید.</translation>
    </message>
    <message>
        <source>No duplicates found</source>
        <translation>هیچ تکراری‌ای یافت نشد</translation>
    </message>
    <message>
        <source>The scan of %1 compared %2 contacts and found none that look like one person. Scan again after adding or importing contacts.</source>
        <translation>جست‌وجوی انجام‌شده در %1، %2 مخاطب را مقایسه کرد و هیچ موردی نیافت که به نظر یک نفر باشند. پس از افزودن یا درون‌ریزی مخاطبان، دوباره جست‌وجو کنید.</translation>
    </message>
    <message>
        <source>All duplicate groups reviewed</source>
        <translation>همهٔ گروه‌های تکراری بازبینی شدند</translation>
    </message>
    <message>
        <source>Every group of the scan of %1 is merged or marked as different people. Scan again to look for new duplicates.</source>
        <translation>همهٔ گروه‌های جست‌وجوی انجام‌شده در %1 ادغام شده‌اند یا به‌عنوان افراد متفاوت علامت‌گذاری شده‌اند. برای یافتن تکراری‌های جدید دوباره جست‌وجو کنید.</translation>
    </message>
    <message>
        <source>Scan for Duplicates</source>
        <translation>جست‌وجوی تکراری‌ها</translation>
    </message>
    <message>
        <source>Scan Again</source>
        <translation>جست‌وجوی دوباره</translation>
    </message>
    <message numerus="yes">
        <source>Scan of %1 · %2 contacts compared · %Ln group to review</source>
        <translation>
            <numerusform>جست‌وجوی %1 · %2 مخاطب مقایسه شد · %Ln گروه برای بازبینی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan of %1 · %2 contacts compared · %Ln groups to review</source>
        <translation>
            <numerusform>جست‌وجوی %1 · %2 مخاطب مقایسه شد · %Ln گروه برای بازبینی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group</source>
        <translation>
            <numerusform>%Ln گروه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln گروه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sure</source>
        <translation>
            <numerusform>%Ln قطعی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible</source>
        <translation>
            <numerusform>%Ln احتمالی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln نادیده‌گرفته‌شده</numerusform>
        </translation>
    </message>
    <message>
        <source>Many grouped contacts changed since this scan, so its groups may be out of date. Scan again for current groups.</source>
        <translation>بسیاری از مخاطبان گروه‌بندی‌شده از زمان این جست‌وجو تغییر کرده‌اند، پس ممکن است گروه‌های آن قدیمی باشند. برای گروه‌های به‌روز دوباره جست‌وجو کنید.</translation>
    </message>
    <message>
        <source>%1 %2 next / previous group · %3 %4 field · %5 keep that record&apos;s value · %6 merge · %7 not a duplicate · %8 skip · %9 undo</source>
        <translation>%1 %2 گروه بعدی / قبلی · %3 %4 فیلد · %5 نگه داشتن مقدار آن رکورد · %6 ادغام · %7 تکراری نیست · %8 نادیده گرفتن · %9 واگرد</translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln records into %1. Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>%Ln رکورد در %1 ادغام شد. ویرایش ◂ واگرد آن‌ها را برمی‌گرداند.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: remembered as different people; later scans keep them apart.</source>
        <translation>%1: به‌عنوان افراد متفاوت به خاطر سپرده شد؛ جست‌وجوهای بعدی آن‌ها را جدا نگه می‌دارند.</translation>
    </message>
    <message>
        <source>Skipped %1; it waits at the end of the list.</source>
        <translation>%1 نادیده گرفته شد؛ در انتهای فهرست منتظر می‌ماند.</translation>
    </message>
    <message>
        <source>Scanning for duplicates… %1 %</source>
        <translation>در حال جست‌وجوی تکراری‌ها… %1 %</translation>
    </message>
    <message>
        <source>Scanning for duplicates…</source>
        <translation>در حال جست‌وجوی تکراری‌ها…</translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln duplicate group among %1 contacts.</source>
        <translation>
            <numerusform>%Ln گروه تکراری در میان %1 مخاطب یافت شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln duplicate groups among %1 contacts.</source>
        <translation>
            <numerusform>%Ln گروه تکراری در میان %1 مخاطب یافت شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kempt::DuplicateWarning</name>
    <message>
        <source>Open It</source>
        <translation>باز کردن آن</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>ذخیره در هر صورت</translation>
    </message>
    <message>
        <source>Open the contact already in the workspace, on top of this one</source>
        <translation>باز کردن مخاطبی که از قبل در فضای کاری هست، روی این یکی</translation>
    </message>
    <message>
        <source>Save this contact and merge it with the one already in the workspace; Edit ▸ Undo takes it back</source>
        <translation>ذخیرهٔ این مخاطب و ادغام آن با مخاطبی که از قبل در فضای کاری هست؛ ویرایش ◂ واگرد آن را برمی‌گرداند</translation>
    </message>
    <message>
        <source>Save this contact as a record of its own</source>
        <translation>ذخیرهٔ این مخاطب به‌عنوان رکوردی مستقل</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>مخاطب %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible duplicate of %1&lt;/b&gt; (%2).</source>
        <translation>&lt;b&gt;تکراری احتمالی %1&lt;/b&gt; (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other contact looks alike too.</source>
        <translation>
            <numerusform>%Ln مخاطب دیگر نیز شبیه به نظر می‌رسد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other contacts look alike too.</source>
        <translation>
            <numerusform>%Ln مخاطب دیگر نیز شبیه به نظر می‌رسند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also like: %1</source>
        <translation>همچنین شبیه: %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>نام یکسان</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>نام مشابه</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>نشانی ایمیل یکسان</translation>
    </message>
    <message>
        <source>similar e-mail address</source>
        <translation>نشانی ایمیل مشابه</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>شماره تلفن یکسان</translation>
    </message>
    <message>
        <source>almost the same phone number</source>
        <translation>شماره تلفن تقریباً یکسان</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>شرکت یکسان</translation>
    </message>
    <message>
        <source>similar company</source>
        <translation>شرکت مشابه</translation>
    </message>
    <message>
        <source>same birthday</source>
        <translation>تاریخ تولد یکسان</translation>
    </message>
    <message>
        <source>nearly the same birthday</source>
        <translation>تاریخ تولد تقریباً یکسان</translation>
    </message>
    <message>
        <source>same street address</source>
        <translation>نشانی خیابان یکسان</translation>
    </message>
    <message>
        <source>similar details</source>
        <translation>جزئیات مشابه</translation>
    </message>
</context>
<context>
    <name>Kempt::ExportDialog</name>
    <message>
        <source>Every record of the current view: %1</source>
        <translation>همهٔ رکوردهای نمای فعلی: %1</translation>
    </message>
    <message>
        <source>Only the selected records: %1</source>
        <translation>فقط رکوردهای انتخاب‌شده: %1</translation>
    </message>
    <message>
        <source>Start with a byte order mark, so that Excel on Windows reads the accents right</source>
        <translation>شروع با نشانهٔ ترتیب بایت، تا Excel در Windows نویسه‌های تکیه‌دار را درست بخواند</translation>
    </message>
    <message>
        <source>Export Companies</source>
        <translation>صدور شرکت‌ها</translation>
    </message>
    <message>
        <source>Export Deals</source>
        <translation>صدور معامله‌ها</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>صدور مخاطبان</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>رکوردها</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>CSV (comma-separated text, for any spreadsheet or CRM)</source>
        <translation>CSV (متن جداشده با ویرگول، برای هر صفحه‌گسترده یا CRM)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>کارپوشهٔ Excel (‎.xlsx)</translation>
    </message>
    <message>
        <source>vCard 3.0 (address books: Apple, Google, Outlook)</source>
        <translation>vCard 3.0 (دفترچه‌های نشانی: Apple، Google، Outlook)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>Only contacts and companies can be exported to Excel.</source>
        <translation>فقط مخاطبان و شرکت‌ها را می‌توان به Excel صادر کرد.</translation>
    </message>
    <message>
        <source>Only contacts can be exported as vCards.</source>
        <translation>فقط مخاطبان را می‌توان به‌صورت vCard صادر کرد.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>صدور (&amp;E)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>فایل‌های CSV (*.csv);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>کارپوشه‌های Excel (*.xlsx);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf);;All files (*)</source>
        <translation>فایل‌های vCard (*.vcf);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose another file name for the export.</source>
        <translation>%1 خودِ فضای کاری است؛ برای خروجی نام فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Writing %1 to %2…</source>
        <translation>در حال نوشتن %1 در %2…</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 به %2 صادر شد.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
</context>
<context>
    <name>Kempt::FieldValueEditor</name>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>Leave empty to clear %1</source>
        <translation>برای پاک کردن %1 خالی بگذارید</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
</context>
<context>
    <name>Kempt::FixPreviewDialog</name>
    <message>
        <source>Apply Fixes</source>
        <translation>اعمال اصلاحات</translation>
    </message>
    <message>
        <source>Working out what the fix would change…</source>
        <translation>در حال بررسی تغییراتی که اصلاح ایجاد می‌کند…</translation>
    </message>
    <message>
        <source>&amp;Apply Fixes</source>
        <translation>اعمال اصلاحات (&amp;A)</translation>
    </message>
    <message>
        <source>The fixes are applied as one change: a single Undo takes all of them back.</source>
        <translation>اصلاحات به‌صورت یک تغییر اعمال می‌شوند: یک واگرد همهٔ آن‌ها را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Nothing to change: every value already follows this rule.</source>
        <translation>چیزی برای تغییر نیست: همهٔ مقادیر از قبل با این قاعده سازگارند.</translation>
    </message>
    <message>
        <source>The fix changes %1. Examples:</source>
        <translation>این اصلاح %1 را تغییر می‌دهد. نمونه‌ها:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Working out what the fix would change… %1 of %2 records</source>
        <translation>در حال محاسبهٔ تغییرات اصلاح… %1 از %2 رکورد</translation>
    </message>
    <message>
        <source>Stop working out the fixes and close; nothing is changed.</source>
        <translation>توقف محاسبهٔ اصلاح‌ها و بستن؛ چیزی تغییر نمی‌کند.</translation>
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
        <translation>تلفن (E.164)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(حذف‌شده)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>پیش از</translation>
    </message>
    <message>
        <source>After</source>
        <translation>پس از</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportCleanupPage</name>
    <message>
        <source>&amp;Apply the style guide&apos;s fixes (recommended)</source>
        <translation>اعمال اصلاحات شیوه‌نامه (توصیه‌شده) (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keep the values as the file has them; the issues are still listed on the dashboard</source>
        <translation>نگه داشتن مقادیر همان‌طور که در فایل هستند؛ مشکلات همچنان در داشبورد فهرست می‌شوند (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Reject rows with errors the style guide blocks saving for</source>
        <translation>رد کردن ردیف‌هایی که خطاهایی دارند که شیوه‌نامه مانع ذخیرهٔ آن‌ها می‌شود (&amp;R)</translation>
    </message>
    <message>
        <source>Show only rows that change or have issues</source>
        <translation>فقط نمایش ردیف‌هایی که تغییر می‌کنند یا مشکل دارند</translation>
    </message>
    <message>
        <source>Clean Up</source>
        <translation>پاک‌سازی</translation>
    </message>
    <message>
        <source>Every row goes through the workspace&apos;s style guide. Struck-through values are what the file says; beside them is what will be stored.</source>
        <translation>هر ردیف از شیوه‌نامهٔ فضای کاری می‌گذرد. مقادیر خط‌خورده همان چیزی است که در فایل آمده است؛ کنار آن‌ها چیزی است که ذخیره خواهد شد.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>The style guide has nothing to correct.</source>
        <translation>شیوه‌نامه چیزی برای اصلاح ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row</source>
        <translation>
            <numerusform>%Ln ردیف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ردیف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows</source>
        <translation>
            <numerusform>%Ln ردیف نخست</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value fixed</source>
        <translation>
            <numerusform>%Ln مقدار اصلاح‌شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values fixed</source>
        <translation>
            <numerusform>%Ln مقدار اصلاح‌شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with warnings</source>
        <translation>
            <numerusform>%Ln مورد دارای هشدار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with errors</source>
        <translation>
            <numerusform>%Ln مورد دارای خطا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln ردشده</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kempt::ImportDuplicateModel</name>
    <message>
        <source>Every row becomes a contact of its own.</source>
        <translation>هر ردیف به یک مخاطب مستقل تبدیل می‌شود.</translation>
    </message>
    <message>
        <source>No row is imported; %1 stays as it is.</source>
        <translation>هیچ ردیفی درون‌ریزی نمی‌شود؛ %1 همان‌طور که هست می‌ماند.</translation>
    </message>
    <message>
        <source>The first row is imported, the others are not.</source>
        <translation>ردیف نخست درون‌ریزی می‌شود و بقیه نه.</translation>
    </message>
    <message>
        <source>The rows fill the empty fields of %1 and add the e-mail addresses, phone numbers and tags it lacks.</source>
        <translation>ردیف‌ها فیلدهای خالی %1 را پر می‌کنند و نشانی‌های ایمیل، شماره‌تلفن‌ها و برچسب‌هایی را که ندارد اضافه می‌کنند.</translation>
    </message>
    <message>
        <source>The first row is imported; the others fill its empty fields.</source>
        <translation>ردیف نخست درون‌ریزی می‌شود؛ بقیه فیلدهای خالی آن را پر می‌کنند.</translation>
    </message>
    <message>
        <source>The file&apos;s values replace those of %1; nothing is emptied or dropped.</source>
        <translation>مقادیر فایل جایگزین مقادیر %1 می‌شوند؛ هیچ چیزی خالی یا حذف نمی‌شود.</translation>
    </message>
    <message>
        <source>The first row is imported; later rows replace its values.</source>
        <translation>ردیف نخست درون‌ریزی می‌شود؛ ردیف‌های بعدی جایگزین مقادیر آن می‌شوند.</translation>
    </message>
    <message>
        <source>The rows are imported and merged into %1, with a merge history that can be unmerged.</source>
        <translation>ردیف‌ها درون‌ریزی و در %1 ادغام می‌شوند، همراه با تاریخچهٔ ادغامی که می‌توان آن را لغو کرد.</translation>
    </message>
    <message>
        <source>The rows are imported and merged into one contact.</source>
        <translation>ردیف‌ها درون‌ریزی و در یک مخاطب ادغام می‌شوند.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>ردیف %1: %2</translation>
    </message>
    <message>
        <source>Only in the file</source>
        <translation>فقط در فایل</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 و %Ln مورد دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>Sure · %1 %</source>
        <translation>قطعی · %1 %</translation>
    </message>
    <message>
        <source>Possible · %1 %</source>
        <translation>احتمالی · %1 %</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>ردیف‌های فایل</translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation>مخاطب موجود</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>تطابق</translation>
    </message>
    <message>
        <source>Import does</source>
        <translation>اقدام درون‌ریزی</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportDuplicatesPage</name>
    <message>
        <source>Duplicates</source>
        <translation>تکراری‌ها</translation>
    </message>
    <message>
        <source>Rows that are the same person as a contact you already have, or as another row of the file. Choose what the import does with each group.</source>
        <translation>ردیف‌هایی که همان شخصِ یکی از مخاطبان موجود شما هستند، یا همان شخصِ ردیف دیگری از فایل. انتخاب کنید درون‌ریزی با هر گروه چه کند.</translation>
    </message>
    <message>
        <source>&amp;For every group:</source>
        <translation>برای هر گروه (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>دلیل (&amp;W):</translation>
    </message>
    <message>
        <source>Looking for rows that are already in the workspace or appear twice in the file…</source>
        <translation>در حال جست‌وجوی ردیف‌هایی که از قبل در فضای کاری هستند یا دو بار در فایل آمده‌اند…</translation>
    </message>
    <message>
        <source>Duplicates could not be looked for: %1 Every row will become a new contact.</source>
        <translation>جست‌وجوی تکراری‌ها ممکن نشد: %1 هر ردیف به یک مخاطب جدید تبدیل می‌شود.</translation>
    </message>
    <message>
        <source>No duplicates: every row is someone new.</source>
        <translation>تکراری‌ای وجود ندارد: هر ردیف شخص جدیدی است.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group of duplicates</source>
        <translation>
            <numerusform>%Ln گروه تکراری</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups of duplicates</source>
        <translation>
            <numerusform>%Ln گروه تکراری</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches a contact you already have</source>
        <translation>
            <numerusform>%Ln مورد با یکی از مخاطبان موجود شما مطابقت دارد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match contacts you already have</source>
        <translation>
            <numerusform>%Ln مورد با مخاطبان موجود شما مطابقت دارند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln is only in the file.</source>
        <translation>
            <numerusform>%Ln مورد فقط در فایل است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are only in the file.</source>
        <translation>
            <numerusform>%Ln مورد فقط در فایل است.</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>ردیف %1 (%2)</translation>
    </message>
    <message>
        <source>%1, already in the workspace</source>
        <translation>%1، از قبل در فضای کاری</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 و %2: %3</translation>
    </message>
    <message>
        <source>Recommended: sure matches fill empty fields, possible ones are new</source>
        <translation>پیشنهادی: تطابق‌های قطعی فیلدهای خالی را پر می‌کنند، تطابق‌های احتمالی جدید ساخته می‌شوند</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>مرور (&amp;B)…</translation>
    </message>
    <message>
        <source>Found in the file</source>
        <translation>یافته‌شده در فایل</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>انتخاب فایل</translation>
    </message>
    <message>
        <source>Contacts come in from CSV or other delimited text, Excel (.xlsx), OpenDocument (.ods) or vCard (.vcf) files. You can also drop the file here.</source>
        <translation>مخاطبان از فایل‌های CSV یا سایر متن‌های دارای جداکننده، Excel (‎.xlsx)، OpenDocument (‎.ods) یا vCard (‎.vcf) وارد می‌شوند. می‌توانید فایل را اینجا رها هم کنید.</translation>
    </message>
    <message>
        <source>The file with the contacts</source>
        <translation>فایل حاوی مخاطبان</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>فایل (&amp;F):</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>درون‌ریزی مخاطبان</translation>
    </message>
    <message>
        <source>Contact files (%1);;All files (*)</source>
        <translation>فایل‌های مخاطب (%1);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>قالب:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>رمزگذاری:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>جداکننده:</translation>
    </message>
    <message>
        <source>Sheets:</source>
        <translation>برگه‌ها:</translation>
    </message>
    <message>
        <source>%1; reading “%2”</source>
        <translation>%1؛ خواندن «%2»</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>سرستون‌ها:</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>ردیف %1: %2</translation>
    </message>
    <message>
        <source>None; the columns are numbered</source>
        <translation>هیچ؛ ستون‌ها شماره‌گذاری می‌شوند</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>ردیف‌ها:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row of data</source>
        <translation>
            <numerusform>%Ln ردیف داده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows of data</source>
        <translation>
            <numerusform>%Ln ردیف داده</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 rows of data</source>
        <translation>بیش از %1 ردیف داده</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportFormatPage</name>
    <message>
        <source>Check How the File Is Read</source>
        <translation>بررسی نحوهٔ خواندن فایل</translation>
    </message>
    <message>
        <source>Kempt found these settings by itself. If the rows below look wrong (odd letters, everything in one column, headers among the data), change them.</source>
        <translation>Kempt این تنظیمات را خودش یافت. اگر ردیف‌های زیر نادرست به نظر می‌رسند (حروف عجیب، همه‌چیز در یک ستون، سرستون‌ها در میان داده‌ها)، آن‌ها را تغییر دهید.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>رمزگذاری (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>جداکننده (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>برگه (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Headers in:</source>
        <translation>سرستون‌ها در (&amp;H):</translation>
    </message>
    <message>
        <source>Detect (found: %1)</source>
        <translation>تشخیص خودکار (یافته‌شده: %1)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>تشخیص خودکار</translation>
    </message>
    <message>
        <source>Detect (found: row %1)</source>
        <translation>تشخیص خودکار (یافته‌شده: ردیف %1)</translation>
    </message>
    <message>
        <source>Detect (found: none)</source>
        <translation>تشخیص خودکار (یافته‌شده: هیچ)</translation>
    </message>
    <message>
        <source>No header row: the first row is data</source>
        <translation>بدون ردیف سرستون: ردیف نخست داده است</translation>
    </message>
    <message>
        <source>Row %1 of the rows with values</source>
        <translation>ردیف %1 از ردیف‌های دارای مقدار</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>ستون %1</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportHistoryDialog</name>
    <message>
        <source>Nothing was imported into this workspace yet. File ▸ Import… brings contacts in from a CSV, Excel, OpenDocument or vCard file.</source>
        <translation>هنوز چیزی در این فضای کاری درون‌ریزی نشده است. پرونده ◂ درون‌ریزی… مخاطبان را از یک فایل CSV، Excel، OpenDocument یا vCard وارد می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>واگرد این درون‌ریزی (&amp;U)</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>تاریخچهٔ درون‌ریزی</translation>
    </message>
    <message>
        <source>Removes the contacts the import created and gives the records it changed their old values back. Edit ▸ Redo brings the import back.</source>
        <translation>مخاطبانی را که درون‌ریزی ایجاد کرده حذف می‌کند و مقادیر قدیمی رکوردهایی را که تغییر داده به آن‌ها برمی‌گرداند. ویرایش ◂ انجام دوباره درون‌ریزی را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>واگرد درون‌ریزی</translation>
    </message>
    <message>
        <source>Undo the import of %1? The contacts it created (%2) are removed and the records it changed get their old values back. Edit ▸ Redo brings the import back.</source>
        <translation>درون‌ریزی %1 واگرد شود؟ مخاطبانی که ایجاد کرده (%2) حذف می‌شوند و رکوردهایی که تغییر داده مقادیر قدیمی خود را بازمی‌یابند. ویرایش ◂ انجام دوباره درون‌ریزی را برمی‌گرداند.</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportHistoryModel</name>
    <message>
        <source>Imported</source>
        <translation>درون‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>واگردشده</translation>
    </message>
    <message>
        <source>Did not finish</source>
        <translation>ناتمام</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Import %1 of %2 on %3: %4</source>
        <translation>درون‌ریزی %1 از %2 در %3: %4</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>تاریخ درون‌ریزی</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>تاریخ به‌روزرسانی</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>ادغام‌شده</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>نادیده‌گرفته‌شده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportMappingModel</name>
    <message>
        <source>Do not import</source>
        <translation>درون‌ریزی نشود</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>سفارشی: %1</translation>
    </message>
    <message>
        <source>New custom field: %1</source>
        <translation>فیلد سفارشی جدید: %1</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>E-mail: its label</source>
        <translation>ایمیل: نوع آن</translation>
    </message>
    <message>
        <source>Phone: its label</source>
        <translation>تلفن: نوع آن</translation>
    </message>
    <message>
        <source>Birthday: year</source>
        <translation>تاریخ تولد: سال</translation>
    </message>
    <message>
        <source>Birthday: month</source>
        <translation>تاریخ تولد: ماه</translation>
    </message>
    <message>
        <source>Birthday: day</source>
        <translation>تاریخ تولد: روز</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>درون‌ریزی نمی‌شود.</translation>
    </message>
    <message>
        <source>Goes into the custom field %1.</source>
        <translation>به فیلد سفارشی %1 می‌رود.</translation>
    </message>
    <message>
        <source>The import creates the text field %1.</source>
        <translation>درون‌ریزی فیلد متنی %1 را ایجاد می‌کند.</translation>
    </message>
    <message>
        <source>Work, home or other: the label of the e-mail address beside it.</source>
        <translation>محل کار، منزل یا سایر: نوع نشانی ایمیلِ کنار آن.</translation>
    </message>
    <message>
        <source>Work, home, mobile or other: the label of the phone number beside it.</source>
        <translation>محل کار، منزل، همراه یا سایر: نوع شماره تلفنِ کنار آن.</translation>
    </message>
    <message>
        <source>Put together with the other parts of the birthday.</source>
        <translation>با سایر بخش‌های تاریخ تولد ترکیب می‌شود.</translation>
    </message>
    <message>
        <source>Becomes a note on the contact.</source>
        <translation>به یادداشتی روی مخاطب تبدیل می‌شود.</translation>
    </message>
    <message>
        <source>Becomes a note on the contact, with %1.</source>
        <translation>به یادداشتی روی مخاطب تبدیل می‌شود، همراه با %1.</translation>
    </message>
    <message>
        <source>Split into salutation, first, middle and last name.</source>
        <translation>به عنوان، نام، نام میانی و نام خانوادگی تقسیم می‌شود.</translation>
    </message>
    <message>
        <source>Tags separated by commas or semicolons.</source>
        <translation>برچسب‌هایی که با ویرگول یا نقطه‌ویرگول جدا شده‌اند.</translation>
    </message>
    <message>
        <source>Kept as separate values together with %1.</source>
        <translation>همراه با %1 به‌صورت مقادیر جداگانه نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Joined with %1 into one value.</source>
        <translation>با %1 در یک مقدار ترکیب می‌شود.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ستون در فایل</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>مقادیر</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>درون‌ریزی در</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportMappingPage</name>
    <message>
        <source>&amp;Save as Profile…</source>
        <translation>ذخیره به‌عنوان الگو (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>حذف الگو (&amp;D)</translation>
    </message>
    <message>
        <source>Match the Columns</source>
        <translation>تطبیق ستون‌ها</translation>
    </message>
    <message>
        <source>Each column of the file goes into a field of the contact, or is left out. Kempt matched them by their headers; change any of them below.</source>
        <translation>هر ستون فایل به یک فیلد مخاطب می‌رود یا کنار گذاشته می‌شود. Kempt آن‌ها را بر اساس سرستون‌هایشان تطبیق داد؛ هر کدام را که می‌خواهید در زیر تغییر دهید.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>الگو (&amp;P):</translation>
    </message>
    <message>
        <source>Matched by the headers</source>
        <translation>تطبیق‌داده‌شده بر اساس سرستون‌ها</translation>
    </message>
    <message>
        <source>The profile “%1” is gone.</source>
        <translation>الگوی «%1» دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Matched with the profile “%1”, saved for files with these headers.</source>
        <translation>تطبیق‌داده‌شده با الگوی «%1»، ذخیره‌شده برای فایل‌هایی با این سرستون‌ها.</translation>
    </message>
    <message>
        <source>Save Mapping Profile</source>
        <translation>ذخیرهٔ الگوی نگاشت</translation>
    </message>
    <message>
        <source>Name of the profile (offered again for files with these headers):</source>
        <translation>نام الگو (برای فایل‌هایی با این سرستون‌ها دوباره پیشنهاد می‌شود):</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already. Replace it?</source>
        <translation>الگویی با نام «%1» از قبل وجود دارد. جایگزین شود؟</translation>
    </message>
    <message>
        <source>Saved as “%1”. Files with these headers will be matched the same way.</source>
        <translation>با نام «%1» ذخیره شد. فایل‌هایی با این سرستون‌ها به همین شکل تطبیق داده می‌شوند.</translation>
    </message>
    <message>
        <source>Delete Mapping Profile</source>
        <translation>حذف الگوی نگاشت</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? The columns stay matched as they are now.</source>
        <translation>الگوی «%1» حذف شود؟ ستون‌ها همان‌طور که اکنون تطبیق داده شده‌اند می‌مانند.</translation>
    </message>
    <message>
        <source>The one column is imported.</source>
        <translation>تنها ستون موجود درون‌ریزی می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln columns are imported.</source>
        <translation>
            <numerusform>%1 از %Ln ستون درون‌ریزی می‌شوند.</numerusform>
        </translation>
    </message>
    <message>
        <source>No column goes into a contact field yet. Choose a field for the column that holds the names or e-mail addresses.</source>
        <translation>هنوز هیچ ستونی به فیلد مخاطب نمی‌رود. برای ستونی که نام‌ها یا نشانی‌های ایمیل را دارد یک فیلد انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportPreviewModel</name>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fixed</source>
        <translation>
            <numerusform>%Ln اصلاح‌شده</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>آماده</translation>
    </message>
    <message>
        <source>Row %1 will not be imported: %2</source>
        <translation>ردیف %1 درون‌ریزی نمی‌شود: %2</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>در فایل: %1</translation>
    </message>
    <message>
        <source>Stored as: %1</source>
        <translation>ذخیره به‌صورت: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error</source>
        <translation>
            <numerusform>%Ln خطا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln خطا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning</source>
        <translation>
            <numerusform>%Ln هشدار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln هشدار</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportProgressPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>لغو درون‌ریزی (&amp;C)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>در حال درون‌ریزی</translation>
    </message>
    <message>
        <source>Stops the import; the workspace stays exactly as it was before.</source>
        <translation>درون‌ریزی را متوقف می‌کند؛ فضای کاری دقیقاً همان‌طور که پیش‌تر بود می‌ماند.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>در حال شروع…</translation>
    </message>
    <message>
        <source>%1 goes into %2 as one change that can be undone.</source>
        <translation>%1 به‌صورت یک تغییر قابل واگرد به %2 وارد می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row read</source>
        <translation>
            <numerusform>%Ln ردیف خوانده شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows read</source>
        <translation>
            <numerusform>%Ln ردیف خوانده شد</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows a second</source>
        <translation>%1 ردیف در ثانیه</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minutes left</source>
        <translation>
            <numerusform>حدود %Ln دقیقه باقی مانده</numerusform>
        </translation>
    </message>
    <message>
        <source>about a minute left</source>
        <translation>حدود یک دقیقه باقی مانده</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln seconds left</source>
        <translation>
            <numerusform>حدود %Ln ثانیه باقی مانده</numerusform>
        </translation>
    </message>
    <message>
        <source>about a second left</source>
        <translation>حدود یک ثانیه باقی مانده</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>انجام شد.</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportSummaryPage</name>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>ذخیرهٔ ردیف‌های ردشده (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>واگرد این درون‌ریزی (&amp;U)</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>درون‌ریزی پایان یافت</translation>
    </message>
    <message>
        <source>Left for the Data Quality dashboard</source>
        <translation>واگذارشده به داشبورد کیفیت داده</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>دلیل رد شدن</translation>
    </message>
    <message>
        <source>Removes the contacts this import created and gives the records it changed their old values back. Edit ▸ Redo brings the import back.</source>
        <translation>مخاطبانی را که این درون‌ریزی ایجاد کرده حذف می‌کند و مقادیر قدیمی رکوردهایی را که تغییر داده به آن‌ها برمی‌گرداند. ویرایش ◂ انجام دوباره درون‌ریزی را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>%1 is in %2. Everything it did is one change: Undo This Import takes all of it back.</source>
        <translation>%1 در %2 است. هر کاری که انجام داد یک تغییر است: «واگرد این درون‌ریزی» همهٔ آن را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>ردیف‌های خوانده‌شده:</translation>
    </message>
    <message>
        <source>Contacts created:</source>
        <translation>مخاطبان ایجادشده:</translation>
    </message>
    <message>
        <source>Contacts updated:</source>
        <translation>مخاطبان به‌روزشده:</translation>
    </message>
    <message>
        <source>Contacts merged:</source>
        <translation>مخاطبان ادغام‌شده:</translation>
    </message>
    <message>
        <source>Rows skipped:</source>
        <translation>ردیف‌های نادیده‌گرفته‌شده:</translation>
    </message>
    <message>
        <source>Rows rejected:</source>
        <translation>ردیف‌های ردشده:</translation>
    </message>
    <message>
        <source>Values fixed by the style guide:</source>
        <translation>مقادیر اصلاح‌شده توسط شیوه‌نامه:</translation>
    </message>
    <message>
        <source>The style guide found nothing left to correct.</source>
        <translation>شیوه‌نامه چیزی برای اصلاح باقی نیافت.</translation>
    </message>
    <message>
        <source>%1 rejected.csv</source>
        <translation>%1 ردشده.csv</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>ذخیرهٔ ردیف‌های ردشده</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>فایل‌های CSV (*.csv);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>%1 cannot be replaced. Choose another name.</source>
        <translation>%1 را نمی‌توان جایگزین کرد. نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The rejected rows cannot be saved as %1. Choose a folder you can write to.</source>
        <translation>ردیف‌های ردشده را نمی‌توان با نام %1 ذخیره کرد. پوشه‌ای را انتخاب کنید که اجازهٔ نوشتن در آن را دارید.</translation>
    </message>
    <message>
        <source>The rejected rows and their reasons are in %1.</source>
        <translation>ردیف‌های ردشده و دلایل آن‌ها در %1 هستند.</translation>
    </message>
    <message>
        <source>The import was undone: the workspace is as it was before. Edit ▸ Redo brings the import back.</source>
        <translation>درون‌ریزی واگرد شد: فضای کاری همان‌طور است که پیش‌تر بود. ویرایش ◂ انجام دوباره درون‌ریزی را برمی‌گرداند.</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>درون‌ریزی مخاطبان</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>درون‌ریزی (&amp;I)</translation>
    </message>
    <message>
        <source>Choose the file that holds the contacts.</source>
        <translation>فایلی را انتخاب کنید که مخاطبان را در خود دارد.</translation>
    </message>
    <message>
        <source>%1 has no rows of data after its header row. Choose another header row, sheet or file.</source>
        <translation>%1 پس از ردیف سرستون هیچ ردیف داده‌ای ندارد. ردیف سرستون، برگه یا فایل دیگری انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>Kempt::LabeledValueList</name>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>اصلی</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>Kempt::MainWindow</name>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>پرونده (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>فضای کاری جدید (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>باز کردن (&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>موارد اخیر (&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>ذخیرهٔ یک رونوشت (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>صدور (&amp;E)</translation>
    </message>
    <message>
        <source>Current View as &amp;CSV…</source>
        <translation>نمای فعلی به‌صورت &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Selected Records as CSV…</source>
        <translation>رکوردهای انتخاب‌شده به‌صورت CSV (&amp;S)…</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>بارگذاری داده‌های نمونه (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ویرایش (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>واگرد (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>انجام دوباره (&amp;R)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>انتخاب همه (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete to Trash</source>
        <translation>انتقال به سطل زباله (&amp;D)</translation>
    </message>
    <message>
        <source>Res&amp;tore from Trash</source>
        <translation>بازیابی از سطل زباله (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>نما (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>مخاطبان (&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>شرکت‌ها (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>سطل زباله (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>جست‌وجو (&amp;S)</translation>
    </message>
    <message>
        <source>Co&amp;lumns…</source>
        <translation>ستون‌ها (&amp;L)…</translation>
    </message>
    <message>
        <source>Show Side&amp;bar</source>
        <translation>نمایش نوار کناری (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>رکوردها (&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;Contact…</source>
        <translation>مخاطب جدید (&amp;C)…</translation>
    </message>
    <message>
        <source>New Co&amp;mpany…</source>
        <translation>شرکت جدید (&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>باز کردن (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Bulk Update…</source>
        <translation>به‌روزرسانی گروهی (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Add Tags…</source>
        <translation>افزودن برچسب (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove Tags…</source>
        <translation>حذف برچسب (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>ذخیرهٔ نما (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ابزارها (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>برچسب‌ها (&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>راهنما (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kempt</source>
        <translation>دربارهٔ Kempt (&amp;A)</translation>
    </message>
    <message>
        <source>%1 – Kempt</source>
        <translation>%1 – Kempt</translation>
    </message>
    <message>
        <source>&amp;Delete for Good…</source>
        <translation>حذف دائمی (&amp;D)…</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>هیچ فضای کاری باز نیست.</translation>
    </message>
    <message>
        <source>%1 in the trash</source>
        <translation>%1 در سطل زباله</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 انتخاب‌شده</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>فضای کاری جدید</translation>
    </message>
    <message>
        <source>/Customers.sqlite</source>
        <translation>/مشتریان.sqlite</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>باز کردن فضای کاری</translation>
    </message>
    <message>
        <source>%1 copy.%2</source>
        <translation>%1 رونوشت.%2</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>ذخیرهٔ رونوشت</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>رونوشت با نام %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>صدور به‌صورت CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>فایل‌های CSV (*.csv);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>در حال صدور %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln records to %1.</source>
        <translation>
            <numerusform>%Ln رکورد به %1 صادر شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>ذخیرهٔ نما</translation>
    </message>
    <message>
        <source>Name of the view of companies:</source>
        <translation>نام نمای شرکت‌ها:</translation>
    </message>
    <message>
        <source>Name of the view of contacts:</source>
        <translation>نام نمای مخاطبان:</translation>
    </message>
    <message>
        <source>A view named “%1” exists already. Replace it?</source>
        <translation>نمایی با نام «%1» از قبل وجود دارد. جایگزین شود؟</translation>
    </message>
    <message>
        <source>Saved the view “%1”.</source>
        <translation>نمای «%1» ذخیره شد.</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>حذف نما</translation>
    </message>
    <message>
        <source>Delete the view “%1”? The records it shows stay as they are.</source>
        <translation>نمای «%1» حذف شود؟ رکوردهایی که نشان می‌دهد دست‌نخورده می‌مانند.</translation>
    </message>
    <message>
        <source>About Kempt</source>
        <translation>دربارهٔ Kempt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kempt %1&lt;/h3&gt;&lt;p&gt;A desktop CRM that keeps customer data clean.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kempt %1&lt;/h3&gt;&lt;p&gt;یک CRM رومیزی که داده‌های مشتریان را پاکیزه نگه می‌دارد.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Showing %1: %2. Records ▸ Save View keeps this list.</source>
        <translation>نمایش %1: %2. با رکوردها ◂ ذخیرهٔ نما این فهرست نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Data &amp;Quality Dashboard</source>
        <translation>داشبورد کیفیت داده (&amp;Q)</translation>
    </message>
    <message>
        <source>St&amp;yle Guide</source>
        <translation>شیوه‌نامه (&amp;Y)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>The style guide has changes not saved as a version. Quit and discard them?</source>
        <translation>شیوه‌نامه تغییراتی دارد که به‌صورت نسخه ذخیره نشده‌اند. از برنامه خارج شوید و این تغییرات دور انداخته شوند؟</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معامله‌ها</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>صدور (&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>درون‌ریزی (&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>تاریخچهٔ درون‌ریزی (&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>معامله‌ها (&amp;D)</translation>
    </message>
    <message>
        <source>New &amp;Deal…</source>
        <translation>معاملهٔ جدید (&amp;D)…</translation>
    </message>
</context>
<context>
    <name>Kempt::MappingTargetDelegate</name>
    <message>
        <source>Imports into</source>
        <translation>درون‌ریزی در</translation>
    </message>
    <message>
        <source>New Custom Field…</source>
        <translation>فیلد سفارشی جدید…</translation>
    </message>
    <message>
        <source>New Custom Field</source>
        <translation>فیلد سفارشی جدید</translation>
    </message>
    <message>
        <source>Name of the custom field for the column “%1”:</source>
        <translation>نام فیلد سفارشی برای ستون «%1»:</translation>
    </message>
</context>
<context>
    <name>Kempt::MergeComparisonModel</name>
    <message>
        <source>Choose one of the records of the group (keys 1 to %1).</source>
        <translation>یکی از رکوردهای گروه را انتخاب کنید (کلیدهای 1 تا %1).</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>نگه‌داشته‌شده</translation>
    </message>
    <message>
        <source>Merged, then in the trash</source>
        <translation>ادغام‌شده، سپس در سطل زباله</translation>
    </message>
    <message>
        <source>The record that stays; the others are merged into it and go to the trash, from where an undo or unmerge brings them back.</source>
        <translation>رکوردی که می‌ماند؛ بقیه در آن ادغام می‌شوند و به سطل زباله می‌روند، و واگرد یا لغو ادغام آن‌ها را از آنجا برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Press %1 or click to keep this record</source>
        <translation>برای نگه داشتن این رکورد %1 را فشار دهید یا کلیک کنید</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Your pick</source>
        <translation>انتخاب شما</translation>
    </message>
    <message>
        <source>Chosen by the merge rules: the newest value; opt-outs always stay</source>
        <translation>انتخاب‌شده با قواعد ادغام: جدیدترین مقدار؛ انصراف‌ها همیشه حفظ می‌شوند</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>خالی</translation>
    </message>
    <message>
        <source>%1
Press %2 or click to keep this value</source>
        <translation>%1
برای نگه داشتن این مقدار %2 را فشار دهید یا کلیک کنید</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>پس از ادغام</translation>
    </message>
    <message>
        <source>What the kept record will hold. E-mail addresses, phone numbers, profiles, tags, notes, activities and deals of every record are kept as well.</source>
        <translation>آنچه رکورد نگه‌داشته‌شده خواهد داشت. نشانی‌های ایمیل، شماره‌تلفن‌ها، نمایه‌ها، برچسب‌ها، یادداشت‌ها، فعالیت‌ها و معامله‌های همهٔ رکوردها نیز نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>key · record name</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Contact %1, updated %2</source>
        <translation>مخاطب %1، به‌روزرسانی: %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
</context>
<context>
    <name>Kempt::OptionalDateEdit</name>
    <message>
        <source>Set a date</source>
        <translation>تعیین تاریخ</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>تعیین نشده</translation>
    </message>
</context>
<context>
    <name>Kempt::PairExplanationModel</name>
    <message>
        <source>Sure match</source>
        <translation>تطابق قطعی</translation>
    </message>
    <message>
        <source>Possible match</source>
        <translation>تطابق احتمالی</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>بدون تطابق</translation>
    </message>
    <message>
        <source>%1 · score %2 · %3</source>
        <comment>band · score in bits · probability</comment>
        <translation>%1 · امتیاز %2 · %3</translation>
    </message>
    <message>
        <source>%1, given name and surname swapped</source>
        <translation>%1، با جابه‌جایی نام و نام خانوادگی</translation>
    </message>
    <message>
        <source>%1 | %2</source>
        <comment>the two values compared</comment>
        <translation>%1 | %2</translation>
    </message>
    <message>
        <source>Counts %1 bits for one person.</source>
        <translation>%1 بیت به نفع یک نفر بودن به حساب می‌آید.</translation>
    </message>
    <message>
        <source>Counts %1 bits against one person.</source>
        <translation>%1 بیت علیه یک نفر بودن به حساب می‌آید.</translation>
    </message>
    <message>
        <source>Weighed by how rare the value is: a common value says less.</source>
        <translation>بر اساس میزان کمیاب بودن مقدار وزن داده می‌شود: مقدار رایج چیز کمتری می‌گوید.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>سازگاری</translation>
    </message>
    <message>
        <source>Values compared</source>
        <translation>مقادیر مقایسه‌شده</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <source>Bits of evidence: every bit for doubles the odds that the records are one person, every bit against halves them.</source>
        <translation>بیت‌های شاهد: هر بیت موافق، بخت یک نفر بودن رکوردها را دو برابر می‌کند و هر بیت مخالف آن را نصف می‌کند.</translation>
    </message>
</context>
<context>
    <name>Kempt::PipelineBoardView</name>
    <message>
        <source>There is no pipeline yet.
New Deal starts the Sales pipeline; Pipeline Settings sets up your own.</source>
        <translation>هنوز هیچ پایپ‌لاینی وجود ندارد.
«معاملهٔ جدید» پایپ‌لاین فروش را آغاز می‌کند؛ «تنظیمات پایپ‌لاین» پایپ‌لاین خودتان را راه‌اندازی می‌کند.</translation>
    </message>
    <message>
        <source>1 open deal · %1 · %2 weighted</source>
        <translation>1 معاملهٔ باز · %1 · %2 وزن‌دار</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open deals · %1 · %2 weighted</source>
        <translation>
            <numerusform>%Ln معاملهٔ باز · %1 · %2 وزن‌دار</numerusform>
        </translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation>چرا معامله ناموفق شد؟</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>چرا «%1» ناموفق شد؟</translation>
    </message>
    <message numerus="yes">
        <source>Why were these %Ln deals lost?</source>
        <translation>
            <numerusform>چرا این %Ln معامله ناموفق شدند؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as Lost</source>
        <translation>علامت‌گذاری به‌عنوان ناموفق</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>انتقال به سطل زباله</translation>
    </message>
    <message>
        <source>Move %1 to the trash? They can be restored from the Trash.</source>
        <translation>%1 به سطل زباله منتقل شود؟ می‌توان آن‌ها را از سطل زباله بازیابی کرد.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>باز کردن (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>انتقال به (&amp;M)</translation>
    </message>
    <message>
        <source>Mark as &amp;Won</source>
        <translation>علامت‌گذاری به‌عنوان موفق (&amp;W)</translation>
    </message>
    <message>
        <source>Mark as &amp;Lost…</source>
        <translation>علامت‌گذاری به‌عنوان ناموفق (&amp;L)…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>انتقال به سطل زباله (&amp;T)</translation>
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
        <translation> روز</translation>
    </message>
    <message>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>تغییر نام (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation>افزودن مرحله (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Stage…</source>
        <translation>حذف مرحله (&amp;R)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>انتقال به بالا (&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>انتقال به پایین (&amp;W)</translation>
    </message>
    <message>
        <source>Pipeline Settings</source>
        <translation>تنظیمات پایپ‌لاین</translation>
    </message>
    <message>
        <source>&amp;New Pipeline…</source>
        <translation>پایپ‌لاین جدید (&amp;N)…</translation>
    </message>
    <message>
        <source>Only a pipeline without deals can be deleted.</source>
        <translation>فقط پایپ‌لاینی را که معامله ندارد می‌توان حذف کرد.</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>پایپ‌لاین (&amp;P):</translation>
    </message>
    <message>
        <source>Stages, in the order deals move through them</source>
        <translation>مراحل، به ترتیبی که معامله‌ها از آن‌ها می‌گذرند</translation>
    </message>
    <message>
        <source>A deal lacking one of these cannot enter the stage.</source>
        <translation>معامله‌ای که یکی از این‌ها را نداشته باشد نمی‌تواند وارد این مرحله شود.</translation>
    </message>
    <message>
        <source>Changes apply at once; Edit ▸ Undo (Ctrl+Z) takes them back one by one.</source>
        <translation>تغییرات بی‌درنگ اعمال می‌شوند؛ ویرایش ◂ واگرد (Ctrl+Z) آن‌ها را یکی‌یکی برمی‌گرداند.</translation>
    </message>
    <message>
        <source>A pipeline keeps at least one stage.</source>
        <translation>پایپ‌لاین دست‌کم یک مرحله را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Required to enter “%1”</source>
        <translation>لازم برای ورود به «%1»</translation>
    </message>
    <message>
        <source>Required to enter</source>
        <translation>لازم برای ورود</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>افزودن مرحله</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>نام مرحلهٔ جدید:</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>حذف مرحله</translation>
    </message>
    <message>
        <source>“%1” holds 1 deal. Move it to:</source>
        <translation>«%1» یک معامله دارد. آن را منتقل کنید به:</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %Ln deals. Move them to:</source>
        <translation>
            <numerusform>«%1» %Ln معامله دارد. آن‌ها را منتقل کنید به:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the stage “%1”? It holds no deals.</source>
        <translation>مرحلهٔ «%1» حذف شود؟ هیچ معامله‌ای ندارد.</translation>
    </message>
    <message>
        <source>New Pipeline</source>
        <translation>پایپ‌لاین جدید</translation>
    </message>
    <message>
        <source>Name of the new pipeline (it starts with the usual stages):</source>
        <translation>نام پایپ‌لاین جدید (با مراحل معمول شروع می‌شود):</translation>
    </message>
    <message>
        <source>Rename Pipeline</source>
        <translation>تغییر نام پایپ‌لاین</translation>
    </message>
    <message>
        <source>New name of the pipeline:</source>
        <translation>نام جدید پایپ‌لاین:</translation>
    </message>
    <message>
        <source>Delete Pipeline</source>
        <translation>حذف پایپ‌لاین</translation>
    </message>
    <message>
        <source>Delete the pipeline “%1” and its stages?</source>
        <translation>پایپ‌لاین «%1» و مراحل آن حذف شوند؟</translation>
    </message>
</context>
<context>
    <name>Kempt::ProgressRow</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityDashboard</name>
    <message>
        <source>Exporting…</source>
        <translation>در حال صدور…</translation>
    </message>
    <message>
        <source>Data Quality</source>
        <translation>کیفیت داده</translation>
    </message>
    <message>
        <source>Re-audit</source>
        <translation>ممیزی دوباره</translation>
    </message>
    <message>
        <source>Check every record against the style guide again, in the background.</source>
        <translation>بررسی دوبارهٔ همهٔ رکوردها بر اساس شیوه‌نامه، در پس‌زمینه.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>صدور…</translation>
    </message>
    <message>
        <source>Re-audit Now</source>
        <translation>ممیزی دوباره هم‌اکنون</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>کلی</translation>
    </message>
    <message>
        <source>The weighted mean of the five scores below.</source>
        <translation>میانگین وزن‌دار پنج امتیاز زیر.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>کامل‌بودن</translation>
    </message>
    <message>
        <source>Required fields that are filled in.</source>
        <translation>فیلدهای الزامی که پر شده‌اند.</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>اعتبار</translation>
    </message>
    <message>
        <source>E-mail addresses, phone numbers, countries, dates and picklist values that are valid, and contacts without consent conflicts.</source>
        <translation>نشانی‌های ایمیل، شماره‌تلفن‌ها، کشورها، تاریخ‌ها و مقادیر فهرست انتخابی که معتبرند، و مخاطبانی که تعارض رضایت ندارند.</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>یکدستی</translation>
    </message>
    <message>
        <source>Values written the way the style guide stores them.</source>
        <translation>مقادیری که به همان شکلی نوشته شده‌اند که شیوه‌نامه ذخیره می‌کند.</translation>
    </message>
    <message>
        <source>Uniqueness</source>
        <translation>یکتایی</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>به‌روز بودن</translation>
    </message>
    <message>
        <source>Records updated or contacted within the style guide&apos;s stale period.</source>
        <translation>رکوردهایی که در بازهٔ کهنگیِ تعیین‌شده در شیوه‌نامه به‌روزرسانی شده‌اند یا با آن‌ها تماس گرفته شده است.</translation>
    </message>
    <message>
        <source>Double-click a problem to see its records.</source>
        <translation>برای دیدن رکوردهای هر مشکل، روی آن دوبار کلیک کنید.</translation>
    </message>
    <message>
        <source>Show Records</source>
        <translation>نمایش رکوردها</translation>
    </message>
    <message>
        <source>Apply Fixes…</source>
        <translation>اعمال اصلاحات…</translation>
    </message>
    <message>
        <source>Fill In…</source>
        <translation>پر کردن…</translation>
    </message>
    <message>
        <source>Flag…</source>
        <translation>علامت‌گذاری…</translation>
    </message>
    <message>
        <source>Export for Re-confirmation…</source>
        <translation>صدور برای تأیید دوباره…</translation>
    </message>
    <message>
        <source>Move to Trash…</source>
        <translation>انتقال به سطل زباله…</translation>
    </message>
    <message>
        <source>Problems, by records touched</source>
        <translation>مشکلات، بر اساس تعداد رکوردهای درگیر</translation>
    </message>
    <message>
        <source>No audit has run in this workspace yet.
The audit checks every record against the style guide and stores the scores shown here.</source>
        <translation>هنوز هیچ ممیزی‌ای در این فضای کاری اجرا نشده است.
ممیزی همهٔ رکوردها را بر اساس شیوه‌نامه بررسی می‌کند و امتیازهایی را که اینجا نمایش داده می‌شوند ذخیره می‌کند.</translation>
    </message>
    <message>
        <source>Run the First Audit</source>
        <translation>اجرای نخستین ممیزی</translation>
    </message>
    <message>
        <source>Run Audit</source>
        <translation>اجرای ممیزی</translation>
    </message>
    <message>
        <source>No audit yet</source>
        <translation>هنوز ممیزی‌ای انجام نشده</translation>
    </message>
    <message>
        <source>style guide version %1</source>
        <translation>شیوه‌نامه، نسخهٔ %1</translation>
    </message>
    <message>
        <source>the default style guide</source>
        <translation>شیوه‌نامهٔ پیش‌فرض</translation>
    </message>
    <message>
        <source>Audit of %1 · %2 · %3</source>
        <translation>ممیزی %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record</source>
        <translation>
            <numerusform>%Ln رکورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln رکورد</numerusform>
        </translation>
    </message>
    <message>
        <source>The style guide changed since this audit. Re-audit to judge every record by the new rules.</source>
        <translation>شیوه‌نامه پس از این ممیزی تغییر کرده است. برای سنجش همهٔ رکوردها با قواعد جدید، دوباره ممیزی کنید.</translation>
    </message>
    <message>
        <source>Records changed since this audit, so the numbers may be behind. Re-audit to bring them up to date.</source>
        <translation>رکوردها پس از این ممیزی تغییر کرده‌اند، پس ممکن است اعداد به‌روز نباشند. برای به‌روز کردن آن‌ها، دوباره ممیزی کنید.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These fields differ from record to record; open the records to fill them in.</source>
        <translation>این فیلدها از رکوردی به رکورد دیگر متفاوت‌اند؛ برای پر کردن آن‌ها، رکوردها را باز کنید.</translation>
    </message>
    <message>
        <source>Set one value on every record that lacks it.</source>
        <translation>تنظیم یک مقدار در همهٔ رکوردهایی که آن را ندارند.</translation>
    </message>
    <message>
        <source>Auditing every record…</source>
        <translation>در حال ممیزی همهٔ رکوردها…</translation>
    </message>
    <message>
        <source>Auditing %1 of %2 records…</source>
        <translation>در حال ممیزی %1 از %2 رکورد…</translation>
    </message>
    <message>
        <source>The audit is done: overall score %1.</source>
        <translation>ممیزی انجام شد: امتیاز کلی %1.</translation>
    </message>
    <message>
        <source>Data quality report</source>
        <translation>گزارش کیفیت داده</translation>
    </message>
    <message>
        <source>data-quality.pdf</source>
        <translation>کیفیت-داده.pdf</translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation>صدور داشبورد</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;PNG picture (*.png)</source>
        <translation>گزارش PDF (*.pdf);;تصویر PNG (*.png)</translation>
    </message>
    <message>
        <source>Exported the dashboard to %1.</source>
        <translation>داشبورد به %1 صادر شد.</translation>
    </message>
    <message>
        <source>Contacts in no group of the last duplicate scan (before any scan: sharing no e-mail address or phone number with another), and companies sharing no e-mail address.</source>
        <translation>مخاطبانی که در هیچ گروهی از آخرین جست‌وجوی تکراری‌ها نیستند (پیش از هر جست‌وجو: بدون ایمیل یا تلفن مشترک با دیگری)، و شرکت‌هایی که ایمیل مشترکی ندارند.</translation>
    </message>
    <message>
        <source>Open the Duplicate Review</source>
        <translation>باز کردن بازبینی تکراری‌ها</translation>
    </message>
    <message>
        <source>The duplicate groups changed since this audit (a scan, a merge or a decision). Re-audit to bring the uniqueness score up to date.</source>
        <translation>گروه‌های تکراری از این ممیزی به بعد تغییر کرده‌اند (جست‌وجو، ادغام یا تصمیم). برای به‌روز کردن امتیاز یکتایی دوباره ممیزی کنید.</translation>
    </message>
    <message>
        <source>Scan for Duplicates</source>
        <translation>جست‌وجوی تکراری‌ها</translation>
    </message>
    <message>
        <source>Merge each group, or keep its records apart, in Duplicates.</source>
        <translation>هر گروه را ادغام کنید، یا رکوردهایش را جدا نگه دارید، در «تکراری‌ها».</translation>
    </message>
    <message>
        <source>Open Duplicates and compare every contact with the others by name, e-mail, phone, company and address, in the background.</source>
        <translation>«تکراری‌ها» را باز کنید و هر مخاطب را با بقیه بر اساس نام، ایمیل، تلفن، شرکت و نشانی، در پس‌زمینه مقایسه کنید.</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityFilterButton</name>
    <message>
        <source>Show records by their data-quality findings</source>
        <translation>نمایش رکوردها بر اساس یافته‌های کیفیت داده</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>بدون یافته</translation>
    </message>
    <message>
        <source>without %1</source>
        <translation>بدون %1</translation>
    </message>
    <message>
        <source>any finding</source>
        <translation>هر یافته‌ای</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>خطاها</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>هشدارها</translation>
    </message>
    <message>
        <source>automatic fixes</source>
        <translation>اصلاحات خودکار</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>کیفیت: %1</translation>
    </message>
    <message>
        <source>All Records</source>
        <translation>همهٔ رکوردها</translation>
    </message>
    <message>
        <source>With Errors</source>
        <translation>دارای خطا</translation>
    </message>
    <message>
        <source>With Warnings</source>
        <translation>دارای هشدار</translation>
    </message>
    <message>
        <source>With Automatic Fixes Pending</source>
        <translation>دارای اصلاح خودکارِ در انتظار</translation>
    </message>
    <message>
        <source>With Any Finding</source>
        <translation>دارای هر نوع یافته</translation>
    </message>
    <message>
        <source>Without Findings</source>
        <translation>بدون یافته</translation>
    </message>
    <message>
        <source>Show Quality Column</source>
        <translation>نمایش ستون کیفیت</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityFixActions</name>
    <message>
        <source>Nothing needed fixing any more.</source>
        <translation>دیگر چیزی به اصلاح نیاز نداشت.</translation>
    </message>
    <message>
        <source>Fixed %1. Undo takes the whole change back.</source>
        <translation>%1 اصلاح شد. واگرد کل تغییر را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Clear %1 on %2?</source>
        <translation>%1 در %2 پاک شود؟</translation>
    </message>
    <message>
        <source>Set %1 to “%2” on %3?</source>
        <translation>%1 در %3 روی «%2» تنظیم شود؟</translation>
    </message>
    <message>
        <source>Fill In</source>
        <translation>پر کردن</translation>
    </message>
    <message>
        <source>Filled in %1 on %2.</source>
        <translation>%1 در %2 پر شد.</translation>
    </message>
    <message>
        <source>Flag Records</source>
        <translation>علامت‌گذاری رکوردها</translation>
    </message>
    <message>
        <source>Tag for the %1 to re-confirm:</source>
        <translation>برچسب برای %1 که باید دوباره تأیید شوند:</translation>
    </message>
    <message>
        <source>Re-confirm</source>
        <translation>تأیید دوباره</translation>
    </message>
    <message>
        <source>Tagged %1 “%2”.</source>
        <translation>به %1 برچسب «%2» زده شد.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>انتقال به سطل زباله</translation>
    </message>
    <message>
        <source>Move %1 to the trash? They can be restored from the Trash, and Undo brings them back.</source>
        <translation>%1 به سطل زباله منتقل شود؟ می‌توان آن‌ها را از سطل زباله بازیابی کرد و واگرد نیز آن‌ها را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Moved %1 to the trash.</source>
        <translation>%1 به سطل زباله منتقل شد.</translation>
    </message>
    <message>
        <source>to-reconfirm.csv</source>
        <translation>تأیید-دوباره.csv</translation>
    </message>
    <message>
        <source>Export for Re-confirmation</source>
        <translation>صدور برای تأیید دوباره</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>فایل‌های CSV (*.csv);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 به %2 صادر شد.</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityIssueModel</name>
    <message>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>اقدام لازم</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>پیشنهاد</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityIssuePanel</name>
    <message>
        <source>Use Suggestion</source>
        <translation>استفاده از پیشنهاد</translation>
    </message>
    <message>
        <source>Apply All Fixes</source>
        <translation>اعمال همهٔ اصلاحات</translation>
    </message>
    <message>
        <source>Put every value the style guide would store by itself into its field.</source>
        <translation>قرار دادن هر مقداری که شیوه‌نامه خودش ذخیره می‌کرد در فیلد مربوط به آن.</translation>
    </message>
    <message>
        <source>Follows the style guide.</source>
        <translation>با شیوه‌نامه سازگار است.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error – must be corrected before saving</source>
        <translation>
            <numerusform>%Ln خطا – باید پیش از ذخیره اصلاح شود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors – must be corrected before saving</source>
        <translation>
            <numerusform>%Ln خطا – باید پیش از ذخیره اصلاح شوند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning</source>
        <translation>
            <numerusform>%Ln هشدار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln هشدار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value the style guide would store differently</source>
        <translation>
            <numerusform>%Ln مقدار که شیوه‌نامه آن را به شکل دیگری ذخیره می‌کرد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values the style guide would store differently</source>
        <translation>
            <numerusform>%Ln مقدار که شیوه‌نامه آن‌ها را به شکل دیگری ذخیره می‌کرد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kempt::QualityProblemModel</name>
    <message numerus="yes">
        <source>%Ln error</source>
        <translation>
            <numerusform>%Ln خطا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln خطا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning</source>
        <translation>
            <numerusform>%Ln هشدار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln هشدار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln automatic fix</source>
        <translation>
            <numerusform>%Ln اصلاح خودکار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln automatic fixes</source>
        <translation>
            <numerusform>%Ln اصلاح خودکار</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>رکوردها</translation>
    </message>
    <message>
        <source>from the last duplicate scan</source>
        <translation>از آخرین جست‌وجوی تکراری‌ها</translation>
    </message>
    <message>
        <source>no duplicate scan yet</source>
        <translation>هنوز جست‌وجوی تکراری‌ها انجام نشده</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityScoreTile</name>
    <message>
        <source>first audit</source>
        <translation>نخستین ممیزی</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>بدون تغییر</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityTrendChart</name>
    <message>
        <source>Scores over time</source>
        <translation>امتیازها در طول زمان</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>کلی</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>کامل‌بودن</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>اعتبار</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>یکدستی</translation>
    </message>
    <message>
        <source>Uniqueness</source>
        <translation>یکتایی</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>به‌روز بودن</translation>
    </message>
</context>
<context>
    <name>Kempt::RecordExportJob</name>
    <message>
        <source>%1 cannot be written: %2. Choose another folder or file name.</source>
        <translation>نوشتن در %1 ممکن نیست: %2. پوشه یا نام فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>صدور لغو شد؛ هیچ فایلی نوشته نشد.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>%1 ذخیره نشد: %2. فضای خالی دیسک و مجوزهای پوشه را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>Kempt::RecordsPage</name>
    <message>
        <source>Search companies</source>
        <translation>جست‌وجو در شرکت‌ها</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>جست‌وجو در مخاطبان</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>انتخاب ستون‌ها</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>شرکت جدید</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>مخاطب جدید</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>باز کردن (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Bulk Update…</source>
        <translation>به‌روزرسانی گروهی (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Add Tags…</source>
        <translation>افزودن برچسب (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove Tags…</source>
        <translation>حذف برچسب (&amp;R)…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>انتقال به سطل زباله (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>بازیابی (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete for Good…</source>
        <translation>حذف دائمی (&amp;D)…</translation>
    </message>
    <message>
        <source>Open the company</source>
        <translation>باز کردن شرکت</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>باز کردن مخاطب</translation>
    </message>
    <message>
        <source>The trash holds no %1.</source>
        <translation>هیچ موردی از %1 در سطل زباله نیست.</translation>
    </message>
    <message>
        <source>No %1 match “%2”.</source>
        <translation>هیچ موردی از %1 با «%2» مطابقت ندارد.</translation>
    </message>
    <message>
        <source>No %1 match this view.</source>
        <translation>هیچ موردی از %1 با این نما مطابقت ندارد.</translation>
    </message>
    <message>
        <source>No companies yet.
Create one with Records ▸ New Company.</source>
        <translation>هنوز شرکتی وجود ندارد.
از رکوردها ◂ شرکت جدید یکی بسازید.</translation>
    </message>
    <message>
        <source>No contacts yet.
Create one with Records ▸ New Contact, or load the sample data from the File menu.</source>
        <translation>هنوز مخاطبی وجود ندارد.
از رکوردها ◂ مخاطب جدید یکی بسازید، یا داده‌های نمونه را از منوی پرونده بارگذاری کنید.</translation>
    </message>
    <message>
        <source>Clear %1 on %2?</source>
        <translation>%1 در %2 پاک شود؟</translation>
    </message>
    <message>
        <source>Set %1 to “%2” on %3?</source>
        <translation>%1 در %3 روی «%2» تنظیم شود؟</translation>
    </message>
    <message>
        <source>Bulk Update</source>
        <translation>به‌روزرسانی گروهی</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation>افزودن برچسب</translation>
    </message>
    <message>
        <source>Add %1 to %2?</source>
        <translation>%1 به %2 افزوده شود؟</translation>
    </message>
    <message>
        <source>Remove Tags</source>
        <translation>حذف برچسب</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>%1 از %2 حذف شود؟</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>انتقال به سطل زباله</translation>
    </message>
    <message>
        <source>Move %1 to the trash? They can be restored from the Trash.</source>
        <translation>%1 به سطل زباله منتقل شود؟ می‌توان آن‌ها را از سطل زباله بازیابی کرد.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <source>Restore %1 from the trash?</source>
        <translation>%1 از سطل زباله بازیابی شود؟</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>حذف دائمی</translation>
    </message>
    <message>
        <source>Delete %1 for good? They leave the trash, with their notes and activities.</source>
        <translation>%1 برای همیشه حذف شود؟ این موارد همراه با یادداشت‌ها و فعالیت‌هایشان از سطل زباله پاک می‌شوند.</translation>
    </message>
    <message>
        <source>Search deals by title or company</source>
        <translation>جست‌وجوی معامله‌ها بر اساس عنوان یا شرکت</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>معاملهٔ جدید</translation>
    </message>
    <message>
        <source>Open the deal</source>
        <translation>باز کردن معامله</translation>
    </message>
    <message>
        <source>No deals yet.
Create one with New Deal.</source>
        <translation>هنوز معامله‌ای وجود ندارد.
با «معاملهٔ جدید» یکی بسازید.</translation>
    </message>
</context>
<context>
    <name>Kempt::RuleForm</name>
    <message>
        <source>Rule is in force</source>
        <translation>قاعده فعال است</translation>
    </message>
    <message>
        <source>What the rule asks for and why, in a sentence or two.</source>
        <translation>اینکه قاعده چه می‌خواهد و چرا، در یک یا دو جمله.</translation>
    </message>
    <message>
        <source>One example per line</source>
        <translation>در هر خط یک نمونه</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>شدت (&amp;S):</translation>
    </message>
    <message>
        <source>Fie&amp;lds:</source>
        <translation>فیلدها (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>توضیحات (&amp;D):</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>تنظیمات:</translation>
    </message>
    <message>
        <source>&amp;Good examples:</source>
        <translation>نمونه‌های درست (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Bad examples:</source>
        <translation>نمونه‌های نادرست (&amp;B):</translation>
    </message>
    <message>
        <source>This kind of rule needs no settings beyond its fields.</source>
        <translation>این نوع قاعده جز فیلدهایش به تنظیمات دیگری نیاز ندارد.</translation>
    </message>
    <message>
        <source>One of the fields is enough</source>
        <translation>یکی از فیلدها کافی است</translation>
    </message>
    <message>
        <source>Also turn runs of spaces inside a value into one</source>
        <translation>فاصله‌های پشت‌سرهم درون مقدار نیز به یک فاصله تبدیل شوند</translation>
    </message>
    <message>
        <source>Words kept exactly as written, one per line (IBM, McKinsey, van)</source>
        <translation>واژه‌هایی که دقیقاً همان‌طور که نوشته شده‌اند حفظ می‌شوند، در هر خط یکی (IBM، McKinsey، van)</translation>
    </message>
    <message>
        <source>Casing:</source>
        <translation>بزرگی و کوچکی حروف:</translation>
    </message>
    <message>
        <source>Exceptions:</source>
        <translation>استثناها:</translation>
    </message>
    <message>
        <source>Lower-case the part before the @ too</source>
        <translation>بخش پیش از @ نیز با حروف کوچک نوشته شود</translation>
    </message>
    <message>
        <source>Allowed values, one per line</source>
        <translation>مقادیر مجاز، در هر خط یکی</translation>
    </message>
    <message>
        <source>People write</source>
        <translation>کاربران می‌نویسند</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>ذخیره به‌صورت</translation>
    </message>
    <message>
        <source>Add Synonym</source>
        <translation>افزودن مترادف</translation>
    </message>
    <message>
        <source>Remove Synonym</source>
        <translation>حذف مترادف</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>مقادیر:</translation>
    </message>
    <message>
        <source>Synonyms:</source>
        <translation>مترادف‌ها:</translation>
    </message>
    <message>
        <source> months without an update or a contact</source>
        <translation> ماه بدون به‌روزرسانی یا تماس</translation>
    </message>
    <message>
        <source>Newsletter, Mailing list</source>
        <translation>خبرنامه, فهرست پستی</translation>
    </message>
    <message>
        <source>Conflict:</source>
        <translation>تعارض:</translation>
    </message>
    <message>
        <source>Newsletter tags:</source>
        <translation>برچسب‌های خبرنامه:</translation>
    </message>
    <message>
        <source>Choose a rule on the left</source>
        <translation>یک قاعده را از فهرست انتخاب کنید</translation>
    </message>
    <message>
        <source>%1 rule · %2</source>
        <translation>قاعدهٔ %1 · %2</translation>
    </message>
</context>
<context>
    <name>Kempt::RuleImpactPanel</name>
    <message>
        <source>Live preview on this workspace</source>
        <translation>پیش‌نمایش زنده روی این فضای کاری</translation>
    </message>
    <message>
        <source>Choose a rule to see what it would do to the records of this workspace.</source>
        <translation>یک قاعده انتخاب کنید تا ببینید چه تأثیری بر رکوردهای این فضای کاری دارد.</translation>
    </message>
    <message>
        <source>This rule would change %1 and flag %2.</source>
        <translation>این قاعده %1 را تغییر می‌دهد و %2 را علامت می‌زند.</translation>
    </message>
    <message>
        <source>This rule would flag %1.</source>
        <translation>این قاعده %1 را علامت می‌زند.</translation>
    </message>
    <message>
        <source>Counted over all %1.</source>
        <translation>شمارش روی همهٔ %1.</translation>
    </message>
    <message>
        <source>In the first %1: %2 would change, %3 flagged.</source>
        <translation>در %1 نخست: %2 تغییر می‌کند، %3 علامت می‌خورد.</translation>
    </message>
    <message>
        <source>In the first %1: %2 flagged.</source>
        <translation>در %1 نخست: %2 علامت می‌خورد.</translation>
    </message>
    <message>
        <source>Counting all records…</source>
        <translation>در حال شمارش همهٔ رکوردها…</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>Flagged, for example:</source>
        <translation>علامت‌خورده، برای نمونه:</translation>
    </message>
</context>
<context>
    <name>Kempt::SavedViewListModel</name>
    <message>
        <source>%1 (search: %2)</source>
        <translation>%1 (جست‌وجو: %2)</translation>
    </message>
</context>
<context>
    <name>Kempt::ScreenshotTaker</name>
    <message>
        <source>VIP contacts</source>
        <translation>مخاطبان VIP</translation>
    </message>
    <message>
        <source>Contacts in Germany</source>
        <translation>مخاطبان در آلمان</translation>
    </message>
</context>
<context>
    <name>Kempt::Sidebar</name>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>نماهای ذخیره‌شده</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سطل زباله</translation>
    </message>
    <message>
        <source>%1 (companies)</source>
        <translation>%1 (شرکت‌ها)</translation>
    </message>
    <message>
        <source>%1 (contacts)</source>
        <translation>%1 (مخاطبان)</translation>
    </message>
    <message>
        <source>Delete View…</source>
        <translation>حذف نما…</translation>
    </message>
    <message>
        <source>Data Quality</source>
        <translation>کیفیت داده</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <source>Style Guide</source>
        <translation>شیوه‌نامه</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معامله‌ها</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>تکراری‌ها</translation>
    </message>
</context>
<context>
    <name>Kempt::StyleGuideEditor</name>
    <message>
        <source>Add Rule…</source>
        <translation>افزودن قاعده…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>قاعده (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>نسخه‌ها (&amp;V)</translation>
    </message>
    <message>
        <source>Style Guide</source>
        <translation>شیوه‌نامه</translation>
    </message>
    <message>
        <source>Save Version…</source>
        <translation>ذخیرهٔ نسخه…</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>دور انداختن تغییرات</translation>
    </message>
    <message>
        <source>Import / Export</source>
        <translation>درون‌ریزی / صدور</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>درون‌ریزی از JSON (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export as JSON…</source>
        <translation>صدور به‌صورت JSON (&amp;E)…</translation>
    </message>
    <message>
        <source>Save as &amp;Document (HTML or PDF)…</source>
        <translation>ذخیره به‌صورت سند (HTML یا PDF) (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>چاپ (&amp;P)…</translation>
    </message>
    <message>
        <source>Phone numbers without a country code, on records without a country, are read as numbers of:</source>
        <translation>شماره‌تلفن‌های بدون کد کشور، در رکوردهای بدون کشور، به‌عنوان شماره‌های این کشور خوانده می‌شوند:</translation>
    </message>
    <message>
        <source>Use This Version Again…</source>
        <translation>استفادهٔ دوباره از این نسخه…</translation>
    </message>
    <message>
        <source>Every save adds a version; nothing is overwritten. Undo in the Edit menu takes the latest save back.</source>
        <translation>هر ذخیره یک نسخه می‌افزاید؛ چیزی بازنویسی نمی‌شود. واگرد در منوی ویرایش آخرین ذخیره را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>This rule</source>
        <translation>این قاعده</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3</source>
        <translation>نسخهٔ %1، ذخیره‌شده توسط %2 در %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Kempt&apos;s default guide; saving makes it version 1 of this workspace</source>
        <translation>شیوه‌نامهٔ پیش‌فرض Kempt؛ با ذخیره، نسخهٔ 1 این فضای کاری می‌شود</translation>
    </message>
    <message>
        <source>Saved the style guide as version %1. Re-audit on the dashboard to judge every record by it.</source>
        <translation>شیوه‌نامه به‌عنوان نسخهٔ %1 ذخیره شد. برای سنجش همهٔ رکوردها با آن، در داشبورد دوباره ممیزی کنید.</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>ذخیرهٔ نسخه</translation>
    </message>
    <message>
        <source>What changed, in a few words (kept in the history):</source>
        <translation>چه چیزی تغییر کرد، در چند کلمه (در تاریخچه نگه داشته می‌شود):</translation>
    </message>
    <message>
        <source>Discard the changes not saved as a version?</source>
        <translation>تغییراتی که به‌صورت نسخه ذخیره نشده‌اند دور انداخته شوند؟</translation>
    </message>
    <message>
        <source>Import Style Guide</source>
        <translation>درون‌ریزی شیوه‌نامه</translation>
    </message>
    <message>
        <source>Replace the changes not saved as a version with the imported guide?</source>
        <translation>تغییراتی که به‌صورت نسخه ذخیره نشده‌اند با شیوه‌نامهٔ درون‌ریزی‌شده جایگزین شوند؟</translation>
    </message>
    <message>
        <source>Style guides (*.json);;All files (*)</source>
        <translation>شیوه‌نامه‌ها (*.json);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Imported %1. Check the rules, then save a version to put them in force.</source>
        <translation>%1 درون‌ریزی شد. قواعد را بررسی کنید، سپس برای فعال شدن آن‌ها یک نسخه ذخیره کنید.</translation>
    </message>
    <message>
        <source>Export Style Guide</source>
        <translation>صدور شیوه‌نامه</translation>
    </message>
    <message>
        <source>/style-guide.json</source>
        <translation>/شیوه‌نامه.json</translation>
    </message>
    <message>
        <source>Exported the style guide to %1.</source>
        <translation>شیوه‌نامه به %1 صادر شد.</translation>
    </message>
    <message>
        <source>Save Style Guide Document</source>
        <translation>ذخیرهٔ سند شیوه‌نامه</translation>
    </message>
    <message>
        <source>/style-guide.pdf</source>
        <translation>/شیوه‌نامه.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Web page (*.html)</source>
        <translation>سند PDF (*.pdf);;صفحهٔ وب (*.html)</translation>
    </message>
    <message>
        <source>Saved the style guide document as %1.</source>
        <translation>سند شیوه‌نامه با نام %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Use This Version Again</source>
        <translation>استفادهٔ دوباره از این نسخه</translation>
    </message>
    <message>
        <source>Save the rules of version %1 as a new version? Unsaved changes are discarded.</source>
        <translation>قواعد نسخهٔ %1 به‌عنوان نسخهٔ جدید ذخیره شود؟ تغییرات ذخیره‌نشده دور انداخته می‌شوند.</translation>
    </message>
    <message>
        <source>Back to the rules of version %1</source>
        <translation>بازگشت به قواعد نسخهٔ %1</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>حذف قاعده</translation>
    </message>
    <message>
        <source>Remove the rule “%1” from the draft? It stays in the saved versions.</source>
        <translation>قاعدهٔ «%1» از پیش‌نویس حذف شود؟ در نسخه‌های ذخیره‌شده باقی می‌ماند.</translation>
    </message>
    <message>
        <source>No default: only numbers with a country code</source>
        <translation>بدون پیش‌فرض: فقط شماره‌های دارای کد کشور</translation>
    </message>
    <message>
        <source>Saved with the style guide&apos;s next version and kept in its JSON.</source>
        <translation>با نسخهٔ بعدی شیوه‌نامه ذخیره و در JSON آن نگه داشته می‌شود.</translation>
    </message>
</context>
<context>
    <name>Kempt::StyleGuideHistoryModel</name>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>ذخیره‌شده توسط</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>توضیح</translation>
    </message>
</context>
<context>
    <name>Kempt::StyleGuideRuleModel</name>
    <message>
        <source>Every field</source>
        <translation>همهٔ فیلدها</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>به‌روز بودن</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>قاعده</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>شدت</translation>
    </message>
</context>
<context>
    <name>Kempt::TableColumns</name>
    <message>
        <source>Choose Columns…</source>
        <translation>انتخاب ستون‌ها…</translation>
    </message>
    <message>
        <source>Reset Column Widths</source>
        <translation>بازنشانی پهنای ستون‌ها</translation>
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
            <numerusform>%1: %Ln مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln شرکت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kempt::TagManagerDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>ایجاد (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>تغییر نام (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>ادغام در (&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف (&amp;D)…</translation>
    </message>
    <message>
        <source>Remove &amp;Unused…</source>
        <translation>حذف بلااستفاده‌ها (&amp;U)…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>پالایش برچسب‌ها</translation>
    </message>
    <message>
        <source>New tag name</source>
        <translation>نام برچسب جدید</translation>
    </message>
    <message>
        <source>Rename the tag in place (F2)</source>
        <translation>تغییر نام برچسب در همان‌جا (F2)</translation>
    </message>
    <message>
        <source>Fold the selected tags into one of them</source>
        <translation>ادغام برچسب‌های انتخاب‌شده در یکی از آن‌ها</translation>
    </message>
    <message>
        <source>Delete every tag no contact or company carries</source>
        <translation>حذف هر برچسبی که هیچ مخاطب یا شرکتی آن را ندارد</translation>
    </message>
    <message>
        <source>The number beside each tag counts the contacts and companies that carry it.</source>
        <translation>عدد کنار هر برچسب، تعداد مخاطبان و شرکت‌هایی است که آن را دارند.</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>ادغام برچسب‌ها</translation>
    </message>
    <message numerus="yes">
        <source>Keep which tag? The other %Ln tags are folded into it and deleted.</source>
        <translation>
            <numerusform>کدام برچسب بماند؟ %Ln برچسب دیگر در آن ادغام و سپس حذف می‌شوند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge tags into “%1”</source>
        <translation>ادغام برچسب‌ها در «%1»</translation>
    </message>
    <message>
        <source>Delete the tag “%1”?</source>
        <translation>برچسب «%1» حذف شود؟</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln tags?</source>
        <translation>
            <numerusform>%Ln برچسب حذف شود؟</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact or company carries it.</source>
        <translation>هیچ مخاطب یا شرکتی آن را ندارد.</translation>
    </message>
    <message>
        <source>No contact or company carries them.</source>
        <translation>هیچ مخاطب یا شرکتی آن‌ها را ندارد.</translation>
    </message>
    <message>
        <source>One record loses it.</source>
        <translation>از یک رکورد برداشته می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records lose it.</source>
        <translation>
            <numerusform>از %Ln رکورد برداشته می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tags</source>
        <translation>حذف برچسب‌ها</translation>
    </message>
    <message>
        <source>Remove Unused Tags</source>
        <translation>حذف برچسب‌های بلااستفاده</translation>
    </message>
    <message>
        <source>Delete the one tag that no contact or company carries?</source>
        <translation>تنها برچسبی که هیچ مخاطب یا شرکتی آن را ندارد حذف شود؟</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln tags that no contact or company carries?</source>
        <translation>
            <numerusform>%Ln برچسبی که هیچ مخاطب یا شرکتی آن‌ها را ندارد حذف شوند؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kempt::TagPickerDialog</name>
    <message>
        <source>Add Tags</source>
        <translation>افزودن برچسب</translation>
    </message>
    <message>
        <source>Remove Tags</source>
        <translation>حذف برچسب</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>برچسب‌ها (&amp;T):</translation>
    </message>
    <message>
        <source>Add to:</source>
        <translation>افزودن به:</translation>
    </message>
    <message>
        <source>Remove from:</source>
        <translation>حذف از:</translation>
    </message>
    <message>
        <source>&amp;Add Tags</source>
        <translation>افزودن برچسب‌ها (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Tags</source>
        <translation>حذف برچسب‌ها (&amp;R)</translation>
    </message>
    <message>
        <source>Type one or more tags, separated by commas.</source>
        <translation>یک یا چند برچسب بنویسید و آن‌ها را با ویرگول لاتین (,) جدا کنید.</translation>
    </message>
    <message>
        <source>This adds %1 to %2.</source>
        <translation>با این کار %1 به %2 افزوده می‌شود.</translation>
    </message>
    <message>
        <source>This removes %1 from %2.</source>
        <translation>با این کار %1 از %2 حذف می‌شود.</translation>
    </message>
</context>
<context>
    <name>Kempt::TagsLineEdit</name>
    <message>
        <source>e.g. customer, newsletter</source>
        <translation>مثلاً: مشتری, خبرنامه</translation>
    </message>
</context>
<context>
    <name>Kempt::TimelineModel</name>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1، توسط %2</translation>
    </message>
</context>
<context>
    <name>Kempt::TimelineWidget</name>
    <message>
        <source>&amp;Add to Timeline</source>
        <translation>افزودن به خط زمانی (&amp;A)</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>حذف مورد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <source>Log an e-mail</source>
        <translation>ثبت ایمیل</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>ثبت جلسه</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>افزودن وظیفه</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>موعد:</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>یادداشتی بنویسید…</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>جزئیات (اختیاری)</translation>
    </message>
    <message>
        <source>Delete timeline entries</source>
        <translation>حذف موارد خط زمانی</translation>
    </message>
</context>
<context>
    <name>Kempt::Workspace</name>
    <message>
        <source>No workspace is open. Open or create one with the File menu.</source>
        <translation>هیچ فضای کاری باز نیست. از منوی پرونده یکی را باز کنید یا بسازید.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>هیچ فضای کاری باز نیست.</translation>
    </message>
    <message>
        <source>A copy cannot replace the open workspace itself. Choose another file name.</source>
        <translation>رونوشت نمی‌تواند جایگزین خودِ فضای کاری باز شود. نام فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>ذخیرهٔ رونوشت</translation>
    </message>
    <message>
        <source>Saving a copy to %1</source>
        <translation>ذخیرهٔ رونوشت در %1</translation>
    </message>
    <message>
        <source>%1 cannot be replaced. Check its permissions or choose another name.</source>
        <translation>%1 جایگزین نمی‌شود. مجوزهای آن را بررسی کنید یا نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The copy could not be moved to %1.</source>
        <translation>رونوشت به %1 منتقل نشد.</translation>
    </message>
</context>
<context>
    <name>LiveQualityCheck</name>
    <message>
        <source>Suggested: %1 (click the badge to use it)</source>
        <translation>پیشنهاد: %1 (برای استفاده، روی نشان کلیک کنید)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kempt workspaces (*.sqlite *.kempt);;All files (*)</source>
        <translation>فضاهای کاری Kempt (*.sqlite *.kempt);;همهٔ فایل‌ها (*)</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>A merge needs at least two contacts; choose the records that describe the same person.</source>
        <translation>ادغام دست‌کم به دو مخاطب نیاز دارد؛ رکوردهایی را انتخاب کنید که یک شخص را توصیف می‌کنند.</translation>
    </message>
    <message>
        <source>Contact %1 is listed twice in the merge; name each record once.</source>
        <translation>مخاطب %1 دو بار در ادغام آمده است؛ هر رکورد را فقط یک بار نام ببرید.</translation>
    </message>
    <message>
        <source>Contact %1 does not exist (it may have been deleted for good); leave it out of the merge.</source>
        <translation>مخاطب %1 وجود ندارد (ممکن است برای همیشه حذف شده باشد)؛ آن را از ادغام کنار بگذارید.</translation>
    </message>
    <message>
        <source>Contact %1 (“%2”) is in the trash. Restore it first, or leave it out of the merge.</source>
        <translation>مخاطب %1 («%2») در سطل زباله است. ابتدا آن را بازیابی کنید، یا آن را از ادغام کنار بگذارید.</translation>
    </message>
    <message>
        <source>Contact %1 is not part of this merge; choose one of its records to keep.</source>
        <translation>مخاطب %1 جزو این ادغام نیست؛ یکی از رکوردهای این ادغام را برای نگه‌داشتن انتخاب کنید.</translation>
    </message>
    <message>
        <source>“%1” is not a field a merge can choose; tags, e-mails and phones of every record are kept anyway.</source>
        <translation>«%1» فیلدی نیست که ادغام بتواند برای آن انتخاب کند؛ برچسب‌ها، ایمیل‌ها و تلفن‌های همهٔ رکوردها در هر صورت نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>The merge plan does not match the records of the group; show the group again and repeat the merge.</source>
        <translation>طرح ادغام با رکوردهای گروه مطابقت ندارد؛ گروه را دوباره نمایش دهید و ادغام را تکرار کنید.</translation>
    </message>
    <message>
        <source>The merge plan chooses a value for “%1”, which is no longer a field of contacts; show the group again and repeat the merge.</source>
        <translation>طرح ادغام مقداری برای «%1» انتخاب می‌کند که دیگر فیلدی از مخاطبان نیست؛ گروه را دوباره نمایش دهید و ادغام را تکرار کنید.</translation>
    </message>
    <message>
        <source>Contact %1 is not part of this merge; pick the value of one of contacts %2.</source>
        <translation>مخاطب %1 جزو این ادغام نیست؛ مقدار یکی از مخاطبان %2 را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Merge %1 is not standing; it was undone already or does not exist.</source>
        <translation>ادغام %1 برقرار نیست؛ قبلاً واگرد شده یا وجود ندارد.</translation>
    </message>
    <message>
        <source>A merge needs two or more different contacts, one of which is kept; choose the records again.</source>
        <translation>ادغام به دو یا چند مخاطب متفاوت نیاز دارد که یکی از آن‌ها نگه داشته می‌شود؛ رکوردها را دوباره انتخاب کنید.</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>تغییر %1</translation>
    </message>
    <message>
        <source> by %1 on %2</source>
        <translation> توسط %1 در %2</translation>
    </message>
    <message>
        <source> by %1 (%2) on %3</source>
        <translation> توسط %1 (%2) در %3</translation>
    </message>
    <message>
        <source>%1 was deleted after the merge%2 and stays deleted.</source>
        <translation>%1 پس از ادغام%2 حذف شد و حذف‌شده باقی می‌ماند.</translation>
    </message>
    <message>
        <source>%1 was changed after the merge%2: kept “%3” (the merge had set “%4”).</source>
        <translation>%1 پس از ادغام%2 تغییر کرد: «%3» حفظ شد (ادغام «%4» را تنظیم کرده بود).</translation>
    </message>
    <message>
        <source>There is no merge %1 in this workspace. &quot;kempt-cli merges&quot; lists the merges and their ids.</source>
        <translation>ادغام %1 در این فضای کاری وجود ندارد. &quot;kempt-cli merges&quot; ادغام‌ها و شناسه‌هایشان را فهرست می‌کند.</translation>
    </message>
    <message>
        <source>Merge %1 was undone already, on %2.</source>
        <translation>ادغام %1 قبلاً، در %2، واگرد شده است.</translation>
    </message>
    <message>
        <source>Contacts of merge %1 took part in merge %2 (%3) afterwards. Unmerge %2 first, then %1.</source>
        <translation>مخاطبان ادغام %1 پس از آن در ادغام %2 (%3) شرکت داشتند. ابتدا ادغام %2 و سپس %1 را لغو کنید.</translation>
    </message>
    <message>
        <source>Contact %1 of merge %2 was deleted for good after the merge. Undo that deletion (or restore the contact from a copy of the workspace) before unmerging.</source>
        <translation>مخاطب %1 از ادغام %2 پس از ادغام برای همیشه حذف شد. پیش از لغو ادغام، آن حذف را واگرد کنید (یا مخاطب را از یک نسخهٔ پشتیبان فضای کاری بازیابی کنید).</translation>
    </message>
    <message>
        <source>The change history of merge %1 is missing from the workspace, so it cannot be undone exactly.</source>
        <translation>تاریخچهٔ تغییرات ادغام %1 در فضای کاری وجود ندارد، پس نمی‌توان آن را دقیقاً واگرد کرد.</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>مخاطب %1</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>به سطل زباله منتقل شد</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>A custom field</source>
        <translation>یک فیلد سفارشی</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>ایمیل %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>تلفن %1</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>نمایهٔ %1</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>برچسب %1</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>یادداشت %1</translation>
    </message>
    <message>
        <source>Activity “%1”</source>
        <translation>فعالیت «%1»</translation>
    </message>
    <message>
        <source>Deal “%1”</source>
        <translation>معاملهٔ «%1»</translation>
    </message>
    <message>
        <source>The link to deal “%1”</source>
        <translation>پیوند به معاملهٔ «%1»</translation>
    </message>
    <message>
        <source>Row %1 of %2</source>
        <translation>ردیف %1 از %2</translation>
    </message>
</context>
<context>
    <name>NewRuleQuestions</name>
    <message>
        <source>Add Rule</source>
        <translation>افزودن قاعده</translation>
    </message>
    <message>
        <source>Kind of rule:</source>
        <translation>نوع قاعده:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>برای:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>فیلد:</translation>
    </message>
    <message>
        <source>Allowed values, separated by commas:</source>
        <translation>مقادیر مجاز، جداشده با ویرگول:</translation>
    </message>
    <message>
        <source>The new rule</source>
        <translation>قاعدهٔ جدید</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>The number is empty.</source>
        <translation>شماره خالی است.</translation>
    </message>
    <message>
        <source>The number does not start with a country code that exists.</source>
        <translation>شماره با کد کشورِ موجودی شروع نمی‌شود.</translation>
    </message>
    <message>
        <source>No country: add +CC or set the contact&apos;s country.</source>
        <translation>کشوری تعیین نشده است: +CC را اضافه کنید یا کشور مخاطب را تنظیم کنید.</translation>
    </message>
    <message>
        <source>“%1” is not a known country code; add +CC or correct the contact&apos;s country.</source>
        <translation>«%1» کد کشور شناخته‌شده‌ای نیست؛ +CC را اضافه کنید یا کشور مخاطب را اصلاح کنید.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>«%1» شماره تلفن نیست.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>شماره خیلی کوتاه است.</translation>
    </message>
    <message>
        <source>The number is too short for %1.</source>
        <translation>شماره برای %1 خیلی کوتاه است.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>شماره خیلی بلند است.</translation>
    </message>
    <message>
        <source>The number is too long for %1.</source>
        <translation>شماره برای %1 خیلی بلند است.</translation>
    </message>
    <message>
        <source>The number is too short for %1; add the area code.</source>
        <translation>شماره برای %1 خیلی کوتاه است؛ کد شهر را اضافه کنید.</translation>
    </message>
    <message>
        <source>The number has the wrong number of digits for %1.</source>
        <translation>تعداد ارقام شماره برای %1 درست نیست.</translation>
    </message>
    <message>
        <source>The number is not a valid number in %1.</source>
        <translation>شماره در %1 معتبر نیست.</translation>
    </message>
</context>
<context>
    <name>Picklist</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 و %Ln مورد دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>The value holds only spaces or invisible characters; it is stored empty.</source>
        <translation>مقدار فقط فاصله یا نویسهٔ نامرئی دارد؛ خالی ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>“%1” is stored as “%2”, the list&apos;s spelling.</source>
        <translation>«%1» به‌صورت «%2»، مطابق نگارش فهرست، ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>“%1” is not allowed: the list has no values yet.</source>
        <translation>«%1» مجاز نیست: فهرست هنوز مقداری ندارد.</translation>
    </message>
    <message>
        <source>“%1” is not in the list; use one of: %2.</source>
        <translation>«%1» در فهرست نیست؛ از یکی از این‌ها استفاده کنید: %2.</translation>
    </message>
    <message>
        <source>The picklist has no &quot;values&quot; array; add one with the allowed values.</source>
        <translation>فهرست انتخابی آرایهٔ &quot;values&quot; ندارد؛ یکی با مقادیر مجاز اضافه کنید.</translation>
    </message>
    <message>
        <source>Value %1 of the picklist is empty, not text, or repeats another value; remove or correct it.</source>
        <translation>مقدار %1 فهرست انتخابی خالی است، متن نیست یا مقدار دیگری را تکرار می‌کند؛ آن را حذف یا اصلاح کنید.</translation>
    </message>
    <message>
        <source>The synonym “%1” must name one of the picklist&apos;s values and must not repeat a value or another synonym; correct it.</source>
        <translation>مترادف «%1» باید به یکی از مقادیر فهرست انتخابی اشاره کند و نباید یک مقدار یا مترادف دیگر را تکرار کند؛ آن را اصلاح کنید.</translation>
    </message>
</context>
<context>
    <name>PipelineBoardModel</name>
    <message>
        <source> or </source>
        <translation> یا </translation>
    </message>
    <message numerus="yes">
        <source>No progress for %Ln day(s)</source>
        <translation>
            <numerusform>%Ln روز بدون پیشرفت</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>فاقد: %1</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>These deals belong to another workspace. Open that workspace to move them.</source>
        <translation>این معامله‌ها متعلق به فضای کاری دیگری هستند. برای جابه‌جایی آن‌ها، همان فضای کاری را باز کنید.</translation>
    </message>
</context>
<context>
    <name>PipelineStore</name>
    <message>
        <source>Sales</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>پیشنهاد</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>مذاکره</translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation>پایپ‌لاین باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>There is already a pipeline called &quot;%1&quot;. Choose another name.</source>
        <translation>از قبل پایپ‌لاینی با نام &quot;%1&quot; وجود دارد. نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The pipeline no longer exists; it may have been deleted.</source>
        <translation>این پایپ‌لاین دیگر وجود ندارد؛ ممکن است حذف شده باشد.</translation>
    </message>
    <message numerus="yes">
        <source>Pipeline &quot;%1&quot; still holds %Ln deal(s) in the trash. Empty the trash first, or remove its stages one by one, moving the deals to another pipeline.</source>
        <translation>
            <numerusform>پایپ‌لاین &quot;%1&quot; هنوز %Ln معامله در سطل زباله دارد. ابتدا سطل زباله را خالی کنید، یا مراحل آن را یکی‌یکی حذف کنید و معامله‌ها را به پایپ‌لاین دیگری منتقل کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pipeline &quot;%1&quot; still holds %Ln deal(s). Move them to a stage of another pipeline (remove each stage with a target stage) before deleting it.</source>
        <translation>
            <numerusform>پایپ‌لاین &quot;%1&quot; هنوز %Ln معامله دارد. پیش از حذف آن، معامله‌ها را به مرحله‌ای از پایپ‌لاین دیگری منتقل کنید (هر مرحله را با تعیین مرحلهٔ مقصد حذف کنید).</numerusform>
        </translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>مرحله باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot; already has a stage called &quot;%2&quot;. Choose another name.</source>
        <translation>پایپ‌لاین &quot;%1&quot; از قبل مرحله‌ای با نام &quot;%2&quot; دارد. نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The probability of stage &quot;%1&quot; must lie between 0 % and 100 %.</source>
        <translation>احتمال مرحلهٔ &quot;%1&quot; باید بین 0 % و 100 % باشد.</translation>
    </message>
    <message>
        <source>The rotting period of stage &quot;%1&quot; cannot be negative; use 0 for none.</source>
        <translation>دورهٔ رکود مرحلهٔ &quot;%1&quot; نمی‌تواند منفی باشد؛ برای نداشتن دورهٔ رکود، 0 را به کار ببرید.</translation>
    </message>
    <message>
        <source>The stage no longer exists; it may have been removed.</source>
        <translation>این مرحله دیگر وجود ندارد؛ ممکن است حذف شده باشد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only stage of its pipeline. A pipeline needs at least one stage; add another before removing this one.</source>
        <translation>&quot;%1&quot; تنها مرحلهٔ پایپ‌لاین خود است. هر پایپ‌لاین دست‌کم به یک مرحله نیاز دارد؛ پیش از حذف این مرحله، مرحلهٔ دیگری اضافه کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Stage &quot;%1&quot; still holds %Ln deal(s). Choose a stage to move them to.</source>
        <translation>
            <numerusform>مرحلهٔ &quot;%1&quot; هنوز %Ln معامله دارد. مرحله‌ای را برای انتقال آن‌ها انتخاب کنید.</numerusform>
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
        <translation>این قاعده دیگر در شیوه‌نامه نیست؛ ممیزی بعدی یافته‌های آن را کنار می‌گذارد.</translation>
    </message>
    <message>
        <source>Companies sharing an e-mail address with another</source>
        <translation>شرکت‌هایی که نشانی ایمیل مشترک با شرکت دیگری دارند</translation>
    </message>
    <message>
        <source>Contacts sharing an e-mail address or phone number with another</source>
        <translation>مخاطبانی که نشانی ایمیل یا شماره تلفن مشترک با مخاطب دیگری دارند</translation>
    </message>
    <message>
        <source>Records that may be duplicates: the audit&apos;s uniqueness score counts them.</source>
        <translation>رکوردهایی که ممکن است تکراری باشند: امتیاز یکتایی ممیزی آن‌ها را به حساب می‌آورد.</translation>
    </message>
    <message>
        <source>Contacts the last duplicate scan found to be one person, waiting for review: merge them, or mark them as not duplicates, in Duplicates.</source>
        <translation>مخاطبانی که آخرین جست‌وجوی تکراری‌ها آن‌ها را یک نفر یافته و منتظر بازبینی‌اند: در «تکراری‌ها» ادغامشان کنید یا غیرتکراری علامت بزنید.</translation>
    </message>
    <message>
        <source>One group skipped for later is not counted here; the uniqueness score still counts it.</source>
        <translation>یک گروهِ کنارگذاشته‌شده برای بعد اینجا شمرده نمی‌شود؛ امتیاز یکتایی همچنان آن را می‌شمارد.</translation>
    </message>
    <message>
        <source>These contacts may be duplicates. No duplicate scan has run yet: a scan compares names, addresses and more, and finds the real groups to merge or keep apart.</source>
        <translation>این مخاطبان ممکن است تکراری باشند. هنوز جست‌وجوی تکراری‌ها انجام نشده: جست‌وجو نام‌ها، نشانی‌ها و موارد دیگر را مقایسه می‌کند و گروه‌های واقعی را برای ادغام یا جدا نگه داشتن پیدا می‌کند.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate group</source>
        <translation>
            <numerusform>%Ln گروه تکراری</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate groups</source>
        <translation>
            <numerusform>%Ln گروه تکراری</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups skipped for later are not counted here; the uniqueness score still counts them.</source>
        <translation>
            <numerusform>%Ln گروهِ کنارگذاشته‌شده برای بعد اینجا شمرده نمی‌شوند؛ امتیاز یکتایی همچنان آن‌ها را می‌شمارد.</numerusform>
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
        <translation>فضای کاری اخیری وجود ندارد</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>پاک کردن منو (&amp;C)</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message numerus="yes">
        <source>%Ln company</source>
        <translation>
            <numerusform>%Ln شرکت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln شرکت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal</source>
        <translation>
            <numerusform>%Ln معامله</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deals</source>
        <translation>
            <numerusform>%Ln معامله</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact</source>
        <translation>
            <numerusform>%Ln مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected company</source>
        <translation>
            <numerusform>شرکت انتخاب‌شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected companies</source>
        <translation>
            <numerusform>%Ln شرکت انتخاب‌شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected deal</source>
        <translation>
            <numerusform>معاملهٔ انتخاب‌شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected deals</source>
        <translation>
            <numerusform>%Ln معاملهٔ انتخاب‌شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected contact</source>
        <translation>
            <numerusform>مخاطب انتخاب‌شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected contacts</source>
        <translation>
            <numerusform>%Ln مخاطب انتخاب‌شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The one company in this view</source>
        <translation>
            <numerusform>تنها شرکتِ این نما</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln companies in this view</source>
        <translation>
            <numerusform>همهٔ %Ln شرکتِ این نما</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The one deal in this view</source>
        <translation>
            <numerusform>تنها معاملهٔ این نما</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln deals in this view</source>
        <translation>
            <numerusform>همهٔ %Ln معاملهٔ این نما</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The one contact in this view</source>
        <translation>
            <numerusform>تنها مخاطبِ این نما</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln contacts in this view</source>
        <translation>
            <numerusform>همهٔ %Ln مخاطبِ این نما</numerusform>
        </translation>
    </message>
    <message>
        <source>companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>معامله‌ها</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>مخاطبان</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>All dates</source>
        <translation>همهٔ تاریخ‌ها</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>این فصل</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>سال گذشته</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 ماه گذشته</translation>
    </message>
    <message>
        <source>Next 12 months</source>
        <translation>12 ماه آینده</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>بازهٔ دلخواه</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>از %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>تا %1</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>همهٔ تاریخ‌ها</translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message numerus="yes">
        <source>Not updated or contacted since %1, more than %Ln months ago; check that the record is still right, or archive it.</source>
        <translation>
            <numerusform>از %1، یعنی بیش از %Ln ماه پیش، به‌روزرسانی یا تماسی نداشته است؛ بررسی کنید که رکورد هنوز درست باشد، یا آن را بایگانی کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>has extra spaces</source>
        <translation>فاصله‌های اضافی دارد</translation>
    </message>
    <message>
        <source>contains invisible characters or letter variants that search would miss</source>
        <translation>نویسه‌های نامرئی یا گونه‌هایی از حروف دارد که جست‌وجو آن‌ها را پیدا نمی‌کند</translation>
    </message>
    <message>
        <source>is not in capitals</source>
        <translation>با حروف بزرگ نوشته نشده است</translation>
    </message>
    <message>
        <source>is not in lowercase</source>
        <translation>با حروف کوچک نوشته نشده است</translation>
    </message>
    <message>
        <source>is not in title case</source>
        <translation>با حرف اول بزرگ در هر کلمه نوشته نشده است</translation>
    </message>
    <message>
        <source>is not in the national form the style guide stores</source>
        <translation>به شکل ملی مورد نظر شیوه‌نامه نیست</translation>
    </message>
    <message>
        <source>is not in the international form the style guide stores</source>
        <translation>به شکل بین‌المللی مورد نظر شیوه‌نامه نیست</translation>
    </message>
    <message>
        <source>is not in the form the style guide stores (the domain in lowercase)</source>
        <translation>به شکل مورد نظر شیوه‌نامه نیست (دامنه با حروف کوچک)</translation>
    </message>
    <message>
        <source>is not a two-letter ISO country code</source>
        <translation>کد دوحرفی ISO کشور نیست</translation>
    </message>
    <message>
        <source>is not written as in the list</source>
        <translation>مطابق نگارش فهرست نیست</translation>
    </message>
    <message>
        <source>is not an ISO date (year-month-day)</source>
        <translation>تاریخ ISO (سال-ماه-روز) نیست</translation>
    </message>
    <message>
        <source>is not the standard spelling of the legal form</source>
        <translation>نگارش استاندارد نوع شخصیت حقوقی نیست</translation>
    </message>
    <message>
        <source>does not spell its legal form the standard way</source>
        <translation>نوع شخصیت حقوقی را به شکل استاندارد ننوشته است</translation>
    </message>
    <message>
        <source>%1 is required; fill it in before saving.</source>
        <translation>%1 الزامی است؛ پیش از ذخیره آن را پر کنید.</translation>
    </message>
    <message>
        <source>%1 is empty; fill it in.</source>
        <translation>%1 خالی است؛ آن را پر کنید.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 یا %2</translation>
    </message>
    <message>
        <source>Fill in %1 before saving; at least one is required.</source>
        <translation>پیش از ذخیره، %1 را پر کنید؛ دست‌کم یکی الزامی است.</translation>
    </message>
    <message>
        <source>Fill in %1; at least one is expected.</source>
        <translation>%1 را پر کنید؛ دست‌کم یکی لازم است.</translation>
    </message>
    <message>
        <source>%1 “%2” holds nothing but spaces or invisible characters; leave it empty.</source>
        <translation>%1 «%2» فقط فاصله یا نویسهٔ نامرئی دارد؛ آن را خالی بگذارید.</translation>
    </message>
    <message>
        <source>%1 “%2” %3, so it is stored as “%4”.</source>
        <translation>%1 «%2» %3، بنابراین به‌صورت «%4» ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>%1 “%2” %3; write “%4” before saving.</source>
        <translation>%1 «%2» %3؛ پیش از ذخیره «%4» بنویسید.</translation>
    </message>
    <message>
        <source>%1 “%2” %3; write “%4”.</source>
        <translation>%1 «%2» %3؛ «%4» بنویسید.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>منظورتان «%1» بود؟</translation>
    </message>
    <message>
        <source>Correct it before saving.</source>
        <translation>پیش از ذخیره آن را اصلاح کنید.</translation>
    </message>
    <message>
        <source>Do not e-mail is set, but the contact is tagged “%1”; remove the tag, or clear Do not e-mail after asking the person.</source>
        <translation>«ایمیل ارسال نشود» فعال است، اما مخاطب برچسب «%1» دارد؛ برچسب را بردارید، یا پس از پرسیدن از شخص، «ایمیل ارسال نشود» را غیرفعال کنید.</translation>
    </message>
    <message>
        <source>The contact unsubscribed on %1, but Do not e-mail is not set; set it so that nobody writes to them by mistake.</source>
        <translation>مخاطب در %1 اشتراک خود را لغو کرده، اما «ایمیل ارسال نشود» فعال نیست؛ آن را فعال کنید تا کسی اشتباهاً به او ایمیل نزند.</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 و %Ln مورد دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>Required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>فاصله‌ها</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>نویسه‌ها</translation>
    </message>
    <message>
        <source>Casing</source>
        <translation>بزرگی و کوچکی حروف</translation>
    </message>
    <message>
        <source>Phone format</source>
        <translation>قالب تلفن</translation>
    </message>
    <message>
        <source>E-mail format</source>
        <translation>قالب ایمیل</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>کد کشور</translation>
    </message>
    <message>
        <source>Picklist</source>
        <translation>فهرست انتخابی</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>قالب تاریخ</translation>
    </message>
    <message>
        <source>Stale records</source>
        <translation>رکوردهای کهنه</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>نوع شخصیت حقوقی</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>اصلاح</translation>
    </message>
    <message>
        <source>Error: blocks saving until it is corrected.</source>
        <translation>خطا: تا زمانی که اصلاح نشود، مانع ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>Warning: marks the record for someone to look at.</source>
        <translation>هشدار: رکورد را برای بررسی توسط یک نفر علامت می‌زند.</translation>
    </message>
    <message>
        <source>Fix: Kempt corrects the value by itself.</source>
        <translation>اصلاح: Kempt مقدار را خودش اصلاح می‌کند.</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 یا %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و %2</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>بدون %1</translation>
    </message>
    <message>
        <source>Missing %1</source>
        <translation>فاقد %1</translation>
    </message>
    <message>
        <source>Stray spaces</source>
        <translation>فاصله‌های اضافی</translation>
    </message>
    <message>
        <source>Invisible or mixed characters</source>
        <translation>نویسه‌های نامرئی یا درهم</translation>
    </message>
    <message>
        <source>Casing of %1</source>
        <translation>بزرگی و کوچکی حروف %1</translation>
    </message>
    <message>
        <source>Phone numbers to correct</source>
        <translation>شماره‌تلفن‌هایی که باید اصلاح شوند</translation>
    </message>
    <message>
        <source>E-mail addresses to correct</source>
        <translation>نشانی‌های ایمیلی که باید اصلاح شوند</translation>
    </message>
    <message>
        <source>Countries not written as codes</source>
        <translation>کشورهایی که به‌صورت کد نوشته نشده‌اند</translation>
    </message>
    <message>
        <source>%1 not from the list</source>
        <translation>%1 خارج از فهرست</translation>
    </message>
    <message>
        <source>%1 not written as ISO dates</source>
        <translation>%1 که به‌صورت تاریخ ISO نوشته نشده است</translation>
    </message>
    <message numerus="yes">
        <source>Not touched in %Ln month</source>
        <translation>
            <numerusform>%Ln ماه بدون رسیدگی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not touched in %Ln months</source>
        <translation>
            <numerusform>%Ln ماه بدون رسیدگی</numerusform>
        </translation>
    </message>
    <message>
        <source>Newsletter tag despite “do not e-mail”</source>
        <translation>برچسب خبرنامه با وجود «ایمیل ارسال نشود»</translation>
    </message>
    <message>
        <source>Unsubscribed but e-mail still allowed</source>
        <translation>لغو اشتراک، اما ایمیل هنوز مجاز است</translation>
    </message>
    <message>
        <source>Legal forms spelled differently</source>
        <translation>نوع شخصیت حقوقی با نگارش متفاوت</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation>حرف اول هر کلمه بزرگ</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>همهٔ حروف بزرگ</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>همهٔ حروف کوچک</translation>
    </message>
    <message>
        <source>Keep as typed</source>
        <translation>همان‌طور که تایپ شده</translation>
    </message>
    <message>
        <source>Month first (03/04/2024 is 4 March)</source>
        <translation>اول ماه (03/04/2024 یعنی 4 مارس)</translation>
    </message>
    <message>
        <source>Year first (2024/03/04)</source>
        <translation>اول سال (2024/03/04)</translation>
    </message>
    <message>
        <source>Day first (03/04/2024 is 3 April)</source>
        <translation>اول روز (03/04/2024 یعنی 3 آوریل)</translation>
    </message>
    <message>
        <source>National (030 1234567)</source>
        <translation>ملی (030 1234567)</translation>
    </message>
    <message>
        <source>International (+49 30 1234567)</source>
        <translation>بین‌المللی (+49 30 1234567)</translation>
    </message>
    <message>
        <source>A newsletter tag on a contact marked “do not e-mail”</source>
        <translation>برچسب خبرنامه روی مخاطبی که «ایمیل ارسال نشود» دارد</translation>
    </message>
    <message>
        <source>Unsubscribed without “do not e-mail” set</source>
        <translation>لغو اشتراک بدون فعال بودن «ایمیل ارسال نشود»</translation>
    </message>
    <message>
        <source>At least one of %1 is filled in.</source>
        <translation>دست‌کم یکی از %1 پر شده است.</translation>
    </message>
    <message>
        <source>%1 must be filled in.</source>
        <translation>%1 باید پر شود.</translation>
    </message>
    <message>
        <source>Spaces are trimmed at both ends and runs of spaces inside become one (%1).</source>
        <translation>فاصله‌های دو سر حذف می‌شوند و فاصله‌های پشت‌سرهم درون متن به یک فاصله تبدیل می‌شوند (%1).</translation>
    </message>
    <message>
        <source>Spaces are trimmed at both ends (%1).</source>
        <translation>فاصله‌های دو سر حذف می‌شوند (%1).</translation>
    </message>
    <message>
        <source>Invisible characters and stray direction marks are removed, Arabic and Persian letter variants are unified and text is stored in Unicode NFC (%1).</source>
        <translation>نویسه‌های نامرئی و نشانه‌های جهت نابجا حذف می‌شوند، گونه‌های حروف عربی و فارسی یکسان می‌شوند و متن به شکل Unicode NFC ذخیره می‌شود (%1).</translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%1 در %2.</translation>
    </message>
    <message>
        <source>Kept as written: %1.</source>
        <translation>همان‌طور که نوشته شده حفظ می‌شود: %1.</translation>
    </message>
    <message>
        <source>Stored in the international E.164 form and shown as %1.</source>
        <translation>به شکل بین‌المللی E.164 ذخیره و به‌صورت %1 نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Trimmed and written in lower case throughout.</source>
        <translation>فاصله‌های دو سر حذف و همه‌چیز با حروف کوچک نوشته می‌شود.</translation>
    </message>
    <message>
        <source>Trimmed, with the domain in lower case; the part before the @ stays as typed.</source>
        <translation>فاصله‌های دو سر حذف و دامنه با حروف کوچک نوشته می‌شود؛ بخش پیش از @ همان‌طور که تایپ شده می‌ماند.</translation>
    </message>
    <message>
        <source>Stored as the two-letter ISO 3166 code (DE, US, AE); names and common aliases are recognised.</source>
        <translation>به‌صورت کد دوحرفی ISO 3166 (DE، US، AE) ذخیره می‌شود؛ نام‌ها و نام‌های رایج دیگر شناخته می‌شوند.</translation>
    </message>
    <message>
        <source>Allowed values: %1.</source>
        <translation>مقادیر مجاز: %1.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Also understood: %1.</source>
        <translation>این‌ها نیز پذیرفته می‌شوند: %1.</translation>
    </message>
    <message>
        <source>Stored as ISO 8601 (2024-04-03). Numeric dates are read %1.</source>
        <translation>به شکل ISO 8601 (2024-04-03) ذخیره می‌شود. تاریخ‌های عددی با ترتیب %1 خوانده می‌شوند.</translation>
    </message>
    <message numerus="yes">
        <source>A record nobody updated or contacted for %Ln month is stale.</source>
        <translation>
            <numerusform>رکوردی که %Ln ماه کسی آن را به‌روزرسانی نکرده یا با آن تماس نگرفته باشد، کهنه است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A record nobody updated or contacted for %Ln months is stale.</source>
        <translation>
            <numerusform>رکوردی که %Ln ماه کسی آن را به‌روزرسانی نکرده یا با آن تماس نگرفته باشد، کهنه است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Newsletter tags: %1.</source>
        <translation>برچسب‌های خبرنامه: %1.</translation>
    </message>
    <message>
        <source>Legal forms are spelled the standard way (GmbH, LLC, Ltd, ООО, شركة).</source>
        <translation>نوع شخصیت حقوقی به شکل استاندارد نوشته می‌شود (GmbH، LLC، Ltd، ООО، شركة).</translation>
    </message>
</context>
<context>
    <name>StageGate</name>
    <message>
        <source>A stage cannot require &quot;%1&quot;; it is not a deal field a person fills in. Use one of: %2.</source>
        <translation>مرحله نمی‌تواند &quot;%1&quot; را الزامی کند؛ این فیلدی از معامله نیست که کاربر آن را پر کند. از یکی از این‌ها استفاده کنید: %2.</translation>
    </message>
    <message>
        <source>Deal %1 no longer exists; it may have been deleted.</source>
        <translation>معاملهٔ %1 دیگر وجود ندارد؛ ممکن است حذف شده باشد.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و %2</translation>
    </message>
</context>
<context>
    <name>StageHistoryModel</name>
    <message>
        <source>%1 (pipeline %2)</source>
        <translation>%1 (پایپ‌لاین %2)</translation>
    </message>
    <message>
        <source>(removed stage)</source>
        <translation>(مرحلهٔ حذف‌شده)</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>هنوز آنجاست</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 روز</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln روز</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>زمان در مرحله</translation>
    </message>
</context>
<context>
    <name>StageTableModel</name>
    <message numerus="yes">
        <source>%Ln open, the others won, lost or in the trash</source>
        <translation>
            <numerusform>%Ln باز، بقیه موفق، ناموفق یا در سطل زباله</numerusform>
        </translation>
    </message>
    <message>
        <source>A deal enters %1 only with these fields filled in.</source>
        <translation>معامله فقط وقتی وارد %1 می‌شود که این فیلدها پر شده باشند.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 روز</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln روز</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <source>Rots after</source>
        <translation>راکد پس از</translation>
    </message>
    <message>
        <source>Required to enter</source>
        <translation>لازم برای ورود</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معامله‌ها</translation>
    </message>
    <message>
        <source>The probability of stage &quot;%1&quot; must lie between 0 % and 100 %.</source>
        <translation>احتمال مرحلهٔ &quot;%1&quot; باید بین 0 % و 100 % باشد.</translation>
    </message>
    <message>
        <source>The rotting period of stage &quot;%1&quot; cannot be negative; use 0 for none.</source>
        <translation>دورهٔ رکود مرحلهٔ &quot;%1&quot; نمی‌تواند منفی باشد؛ برای نداشتن دورهٔ رکود، 0 را به کار ببرید.</translation>
    </message>
</context>
<context>
    <name>StyleGuide</name>
    <message>
        <source>%1: the param &quot;%2&quot; must be true or false.</source>
        <translation>%1: پارامتر &quot;%2&quot; باید true یا false باشد.</translation>
    </message>
    <message>
        <source>%1: the param &quot;%2&quot; is %3; use one of %4.</source>
        <translation>%1: پارامتر &quot;%2&quot;: %3؛ از یکی از این مقادیر استفاده کنید: %4.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>تعریف نشده</translation>
    </message>
    <message>
        <source>%1: the param &quot;%2&quot; must be a list of texts with at least one entry.</source>
        <translation>%1: پارامتر &quot;%2&quot; باید فهرستی از متن‌ها با دست‌کم یک مورد باشد.</translation>
    </message>
    <message>
        <source>%1: the param &quot;%2&quot; must be a list of texts, like [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>%1: پارامتر &quot;%2&quot; باید فهرستی از متن‌ها باشد، مانند [&quot;a&quot;, &quot;b&quot;].</translation>
    </message>
    <message>
        <source>%1: entry %2 of the param &quot;%3&quot; is not a text. Write it in quotes and leave none empty.</source>
        <translation>%1: مورد %2 از پارامتر &quot;%3&quot; متن نیست. آن را داخل گیومه بنویسید و هیچ موردی را خالی نگذارید.</translation>
    </message>
    <message>
        <source>%1: the value &quot;%2&quot; is listed twice in &quot;values&quot;. List each value once.</source>
        <translation>%1: مقدار &quot;%2&quot; دو بار در &quot;values&quot; آمده است. هر مقدار را فقط یک بار بنویسید.</translation>
    </message>
    <message>
        <source>%1: the param &quot;synonyms&quot; must map what people type to a value, like {&quot;website&quot;: &quot;Web&quot;}.</source>
        <translation>%1: پارامتر &quot;synonyms&quot; باید آنچه کاربران می‌نویسند را به یک مقدار نگاشت کند، مانند {&quot;website&quot;: &quot;Web&quot;}.</translation>
    </message>
    <message>
        <source>%1: a synonym in &quot;synonyms&quot; is empty. Remove it.</source>
        <translation>%1: یکی از مترادف‌ها در &quot;synonyms&quot; خالی است. آن را حذف کنید.</translation>
    </message>
    <message>
        <source>%1: the synonym &quot;%2&quot; points to &quot;%3&quot;, which is not one of the &quot;values&quot;. Point it to one of: %4.</source>
        <translation>%1: مترادف &quot;%2&quot; به &quot;%3&quot; اشاره می‌کند که جزو &quot;values&quot; نیست. آن را به یکی از این‌ها ارجاع دهید: %4.</translation>
    </message>
    <message>
        <source>%1: a %2 rule takes no params; remove &quot;%3&quot;.</source>
        <translation>%1: قاعدهٔ نوع %2 پارامتر نمی‌پذیرد؛ &quot;%3&quot; را حذف کنید.</translation>
    </message>
    <message>
        <source>%1: a %2 rule has no param &quot;%3&quot;; it knows %4.</source>
        <translation>%1: قاعدهٔ نوع %2 پارامتر &quot;%3&quot; ندارد؛ پارامترهای شناخته‌شده: %4.</translation>
    </message>
    <message>
        <source>%1: the param &quot;months&quot; must be a whole number of months from 1 to 1200.</source>
        <translation>%1: پارامتر &quot;months&quot; باید عدد صحیحی از 1 تا 1200 ماه باشد.</translation>
    </message>
    <message>
        <source>%1: the param &quot;tags&quot; belongs to the newsletter_tag conflict; remove it.</source>
        <translation>%1: پارامتر &quot;tags&quot; مربوط به تعارض newsletter_tag است؛ آن را حذف کنید.</translation>
    </message>
    <message>
        <source>The style guide is not valid JSON: %1 at character %2. Correct the file and try again.</source>
        <translation>شیوه‌نامه JSON معتبری نیست: %1 در نویسهٔ %2. فایل را اصلاح کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The style guide must be a JSON object with a &quot;rules&quot; list.</source>
        <translation>شیوه‌نامه باید یک شیء JSON با فهرست &quot;rules&quot; باشد.</translation>
    </message>
    <message>
        <source>The file is not a Kempt style guide: &quot;format&quot; is &quot;%1&quot; instead of &quot;%2&quot;.</source>
        <translation>این فایل شیوه‌نامهٔ Kempt نیست: &quot;format&quot; برابر &quot;%1&quot; است، نه &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The style guide&apos;s &quot;version&quot; must be a whole number (or left out).</source>
        <translation>&quot;version&quot; در شیوه‌نامه باید عدد صحیح باشد (یا نوشته نشود).</translation>
    </message>
    <message>
        <source>The style guide&apos;s &quot;defaultRegion&quot; must be a two-letter country code such as &quot;DE&quot;, or &quot;&quot;.</source>
        <translation>&quot;defaultRegion&quot; در شیوه‌نامه باید کد دوحرفی کشور مانند &quot;DE&quot; یا &quot;&quot; باشد.</translation>
    </message>
    <message>
        <source>The style guide has no &quot;rules&quot; list. Put its rules in &quot;rules&quot;: [ ... ].</source>
        <translation>شیوه‌نامه فهرست &quot;rules&quot; ندارد. قواعد آن را در &quot;rules&quot;: [ ... ] قرار دهید.</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>قاعدهٔ %1</translation>
    </message>
    <message>
        <source>%1 is not an object. Write each rule as {&quot;id&quot;: ..., &quot;kind&quot;: ..., ...}.</source>
        <translation>%1 یک شیء نیست. هر قاعده را به شکل {&quot;id&quot;: ..., &quot;kind&quot;: ..., ...} بنویسید.</translation>
    </message>
    <message>
        <source>%1 (%2): rule %3 has the same id. Give each rule its own id.</source>
        <translation>%1 (%2): قاعدهٔ %3 همین شناسه را دارد. به هر قاعده شناسهٔ جداگانه بدهید.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of texts, like [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>%1: &quot;%2&quot; باید فهرستی از متن‌ها باشد، مانند [&quot;a&quot;, &quot;b&quot;].</translation>
    </message>
    <message>
        <source>%1: entry %2 of &quot;%3&quot; is not a text. Put it in quotes.</source>
        <translation>%1: مورد %2 از &quot;%3&quot; متن نیست. آن را داخل گیومه بگذارید.</translation>
    </message>
    <message>
        <source>%1: &quot;fields&quot; is empty. Name the fields the rule checks, e.g. [&quot;email&quot;].</source>
        <translation>%1: &quot;fields&quot; خالی است. فیلدهایی را که قاعده بررسی می‌کند نام ببرید، مثلاً [&quot;email&quot;].</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a field of a %3. Use one of: %4.</source>
        <translation>%1: &quot;%2&quot; فیلدی از %3 نیست. از یکی از این‌ها استفاده کنید: %4.</translation>
    </message>
    <message>
        <source>%1: a %2 rule cannot check the field &quot;%3&quot;. Remove the field or use another kind of rule.</source>
        <translation>%1: قاعدهٔ نوع %2 نمی‌تواند فیلد &quot;%3&quot; را بررسی کند. فیلد را حذف کنید یا نوع دیگری از قاعده را به کار ببرید.</translation>
    </message>
    <message>
        <source>%1: a picklist rule cannot check &quot;%2&quot;, which holds several values.</source>
        <translation>%1: قاعدهٔ فهرست انتخابی نمی‌تواند &quot;%2&quot; را بررسی کند، چون چند مقدار دارد.</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is listed twice. List each field once.</source>
        <translation>%1: فیلد &quot;%2&quot; دو بار آمده است. هر فیلد را فقط یک بار بنویسید.</translation>
    </message>
    <message>
        <source>%1: consent rules apply to contacts. Set &quot;entity&quot; to &quot;contact&quot;.</source>
        <translation>%1: قواعد رضایت مربوط به مخاطبان است. &quot;entity&quot; را &quot;contact&quot; قرار دهید.</translation>
    </message>
    <message>
        <source>%1: legal form rules apply to companies. Set &quot;entity&quot; to &quot;company&quot;.</source>
        <translation>%1: قواعد نوع شخصیت حقوقی مربوط به شرکت‌هاست. &quot;entity&quot; را &quot;company&quot; قرار دهید.</translation>
    </message>
    <message>
        <source>%1: a %2 rule has nothing to fix automatically. Set &quot;severity&quot; to &quot;error&quot; or &quot;warning&quot;.</source>
        <translation>%1: قاعدهٔ نوع %2 چیزی برای اصلاح خودکار ندارد. &quot;severity&quot; را &quot;error&quot; یا &quot;warning&quot; قرار دهید.</translation>
    </message>
    <message>
        <source>%1 has no &quot;id&quot;. Give it a stable name such as &quot;contact.email.format&quot;.</source>
        <translation>%1 &quot;id&quot; ندارد. به آن نامی ثابت مانند &quot;contact.email.format&quot; بدهید.</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; may hold only lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>%1: شناسهٔ &quot;%2&quot; فقط می‌تواند حروف کوچک لاتین، رقم، &apos;.&apos;، &apos;_&apos; و &apos;-&apos; داشته باشد.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a rule setting. Use %3.</source>
        <translation>%1: &quot;%2&quot; از تنظیمات قاعده نیست. از %3 استفاده کنید.</translation>
    </message>
    <message>
        <source>%1: &quot;kind&quot; is &quot;%2&quot;; use one of %3.</source>
        <translation>%1: &quot;kind&quot; برابر &quot;%2&quot; است؛ از یکی از این‌ها استفاده کنید: %3.</translation>
    </message>
    <message>
        <source>%1: &quot;entity&quot; is &quot;%2&quot;; use &quot;contact&quot; or &quot;company&quot;.</source>
        <translation>%1: &quot;entity&quot; برابر &quot;%2&quot; است؛ از &quot;contact&quot; یا &quot;company&quot; استفاده کنید.</translation>
    </message>
    <message>
        <source>%1: &quot;severity&quot; is &quot;%2&quot;; use &quot;error&quot; (blocks saving), &quot;warning&quot; (marks the record) or &quot;fix&quot; (applied automatically).</source>
        <translation>%1: &quot;severity&quot; برابر &quot;%2&quot; است؛ از &quot;error&quot; (مانع ذخیره می‌شود)، &quot;warning&quot; (رکورد را علامت می‌زند) یا &quot;fix&quot; (خودکار اعمال می‌شود) استفاده کنید.</translation>
    </message>
    <message>
        <source>%1: &quot;enabled&quot; must be true or false.</source>
        <translation>%1: &quot;enabled&quot; باید true یا false باشد.</translation>
    </message>
    <message>
        <source>%1 has no &quot;description&quot;. Say in a sentence what the rule asks for.</source>
        <translation>%1 &quot;description&quot; ندارد. در یک جمله بگویید قاعده چه می‌خواهد.</translation>
    </message>
    <message>
        <source>%1: &quot;params&quot; must be an object, like {&quot;casing&quot;: &quot;title&quot;}.</source>
        <translation>%1: &quot;params&quot; باید یک شیء باشد، مانند {&quot;casing&quot;: &quot;title&quot;}.</translation>
    </message>
</context>
<context>
    <name>StyleGuideDocument</name>
    <message>
        <source>Good</source>
        <translation>درست</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>نادرست</translation>
    </message>
    <message>
        <source>Data style guide</source>
        <translation>شیوه‌نامهٔ داده</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>نسخهٔ %1</translation>
    </message>
    <message>
        <source>Kempt&apos;s default guide</source>
        <translation>شیوه‌نامهٔ پیش‌فرض Kempt</translation>
    </message>
    <message>
        <source>These are the rules our customer data follows. Kempt applies them when a record is typed in, when a file is imported and in every audit. Each rule has a severity:</source>
        <translation>این‌ها قواعدی هستند که داده‌های مشتریان ما از آن‌ها پیروی می‌کنند. Kempt آن‌ها را هنگام واردکردن یک رکورد، هنگام درون‌ریزی یک فایل و در هر ممیزی اعمال می‌کند. هر قاعده یک شدت دارد:</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as numbers of %1.</source>
        <translation>شماره‌تلفن‌های بدون کد کشور به‌عنوان شماره‌های %1 خوانده می‌شوند.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule of the guide is switched off and not listed.</source>
        <translation>
            <numerusform>%Ln قاعده از این شیوه‌نامه خاموش است و فهرست نشده است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rules of the guide are switched off and not listed.</source>
        <translation>
            <numerusform>%Ln قاعده از این شیوه‌نامه خاموش است و فهرست نشده است.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StyleGuideFiles</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>نوشتن در %1 ممکن نیست: %2. پوشهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>خواندن %1 ممکن نیست: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Data style guide</source>
        <translation>شیوه‌نامهٔ داده</translation>
    </message>
    <message>
        <source>Cannot write %1. Choose another folder.</source>
        <translation>نوشتن در %1 ممکن نیست. پوشهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Print Style Guide</source>
        <translation>چاپ شیوه‌نامه</translation>
    </message>
</context>
<context>
    <name>StyleGuideStore</name>
    <message>
        <source>There is no style guide version %1.</source>
        <translation>نسخهٔ %1 از شیوه‌نامه وجود ندارد.</translation>
    </message>
    <message>
        <source>Style guide version %1 cannot be read: %2</source>
        <translation>نسخهٔ %1 شیوه‌نامه خوانده نمی‌شود: %2</translation>
    </message>
    <message>
        <source>The style guide was not saved: %1</source>
        <translation>شیوه‌نامه ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <source>Deals cannot carry tags. Tag the deal&apos;s contact or company instead.</source>
        <translation>معاملات نمی‌توانند برچسب داشته باشند. به‌جای آن، به مخاطب یا شرکتِ معامله برچسب بزنید.</translation>
    </message>
    <message>
        <source>A tag needs a name. Type a name such as &quot;Customer&quot;.</source>
        <translation>برچسب به نام نیاز دارد. نامی مانند &quot;مشتری&quot; بنویسید.</translation>
    </message>
    <message>
        <source>The tag name &quot;%1&quot; contains a comma, but commas separate tags. Use another character, such as a dash.</source>
        <translation>نام برچسب &quot;%1&quot; ویرگول دارد، اما ویرگول برچسب‌ها را از هم جدا می‌کند. از نویسهٔ دیگری مانند خط تیره استفاده کنید.</translation>
    </message>
    <message>
        <source>A tag named &quot;%1&quot; already exists. Use that tag or choose another name.</source>
        <translation>برچسبی با نام &quot;%1&quot; از قبل وجود دارد. از همان برچسب استفاده کنید یا نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The tag no longer exists. Refresh the tag list and try again.</source>
        <translation>این برچسب دیگر وجود ندارد. فهرست برچسب‌ها را تازه کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Another tag is already named &quot;%1&quot;. To combine the two, merge &quot;%2&quot; into &quot;%1&quot; instead.</source>
        <translation>برچسب دیگری از قبل &quot;%1&quot; نام دارد. برای یکی کردن این دو، &quot;%2&quot; را در &quot;%1&quot; ادغام کنید.</translation>
    </message>
    <message>
        <source>One of the tags to merge no longer exists. Refresh the tag list and try again.</source>
        <translation>یکی از برچسب‌هایی که باید ادغام شوند دیگر وجود ندارد. فهرست برچسب‌ها را تازه کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself. Choose two different tags.</source>
        <translation>برچسب را نمی‌توان در خودش ادغام کرد. دو برچسب متفاوت انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>due %1</source>
        <translation>موعد %1</translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <source>A note is not an activity. Add it as a note instead.</source>
        <translation>یادداشت فعالیت نیست. آن را به‌صورت یادداشت اضافه کنید.</translation>
    </message>
    <message>
        <source>A task needs a subject that says what to do. Type one, such as &quot;Send the offer&quot;.</source>
        <translation>وظیفه به موضوعی نیاز دارد که بگوید چه باید کرد. یکی بنویسید، مثلاً &quot;ارسال پیشنهاد قیمت&quot;.</translation>
    </message>
    <message>
        <source>The %1 with id %2 no longer exists, so nothing can be added to its timeline. Refresh the list and try again.</source>
        <translation>%1 با شناسهٔ %2 دیگر وجود ندارد، پس چیزی را نمی‌توان به خط زمانی آن افزود. فهرست را تازه کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>A note needs some text. Type the note, or cancel.</source>
        <translation>یادداشت به متن نیاز دارد. یادداشت را بنویسید یا لغو کنید.</translation>
    </message>
    <message>
        <source>A note needs some text. To remove the note, delete it instead.</source>
        <translation>یادداشت به متن نیاز دارد. برای برداشتن یادداشت، آن را حذف کنید.</translation>
    </message>
    <message>
        <source>The note no longer exists. Refresh the timeline and try again.</source>
        <translation>این یادداشت دیگر وجود ندارد. خط زمانی را تازه کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The activity no longer exists. Refresh the timeline and try again.</source>
        <translation>این فعالیت دیگر وجود ندارد. خط زمانی را تازه کنید و دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>WidgetExporter</name>
    <message>
        <source>Cannot write %1. Choose a folder you may write to and try again.</source>
        <translation>نوشتن در %1 ممکن نیست. پوشه‌ای را انتخاب کنید که اجازهٔ نوشتن در آن را دارید و دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop CRM that keeps customer data clean.</source>
        <translation>یک CRM رومیزی که داده‌های مشتریان را پاکیزه نگه می‌دارد.</translation>
    </message>
    <message>
        <source>The workspace file to open (created when missing).</source>
        <translation>فایل فضای کاری برای باز کردن (اگر وجود نداشته باشد ساخته می‌شود).</translation>
    </message>
</context>
</TS>
