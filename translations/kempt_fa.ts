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
        <source>Write the records to OUT as CSV (&quot;-&quot; for standard output)</source>
        <translation>نوشتن رکوردها در OUT به‌صورت CSV (&quot;-&quot; برای خروجی استاندارد)</translation>
    </message>
    <message>
        <source>The file format; csv is the one there is.</source>
        <translation>قالب فایل؛ تنها قالب موجود csv است.</translation>
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
        <source>&quot;%1&quot; is not an export format kempt-cli knows. Use --format csv.</source>
        <translation>&quot;%1&quot; قالب صدوری نیست که kempt-cli بشناسد. از --format csv استفاده کنید.</translation>
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
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n رکورد</numerusform>
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
        <source>Move %n records to the trash</source>
        <translation>
            <numerusform>انتقال %n رکورد به سطل زباله</numerusform>
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
        <source>Delete %n records for good</source>
        <translation>
            <numerusform>حذف دائمی %n رکورد</numerusform>
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
        <source>Restore %n records from the trash</source>
        <translation>
            <numerusform>بازیابی %n رکورد از سطل زباله</numerusform>
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
        <source>Set %1 on %n records</source>
        <translation>
            <numerusform>تنظیم %1 در %n رکورد</numerusform>
        </translation>
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
</context>
<context>
    <name>Kempt::CsvExportJob</name>
    <message>
        <source>%1 cannot be written: %2. Choose another folder or file name.</source>
        <translation>نوشتن در %1 ممکن نیست: %2. پوشه یا نام فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>صدور لغو شد؛ هیچ فایلی نوشته نشد.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>%1 ذخیره نشد: %2.</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Kempt workspaces (*.sqlite *.kempt);;All files (*)</source>
        <translation>فضاهای کاری Kempt (*.sqlite *.kempt);;همهٔ فایل‌ها (*)</translation>
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
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 و %n مورد دیگر</numerusform>
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
    <name>RuleEngine</name>
    <message numerus="yes">
        <source>Not updated or contacted since %1, more than %n months ago; check that the record is still right, or archive it.</source>
        <translation>
            <numerusform>از %1، یعنی بیش از %n ماه پیش، به‌روزرسانی یا تماسی نداشته است؛ بررسی کنید که رکورد هنوز درست باشد، یا آن را بایگانی کنید.</numerusform>
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
