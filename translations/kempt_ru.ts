<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Audit</name>
    <message>
        <source>Finding the records a change touched</source>
        <translation>Поиск записей, затронутых изменением</translation>
    </message>
    <message>
        <source>Applying the style guide&apos;s fixes</source>
        <translation>Применение исправлений из руководства по стилю</translation>
    </message>
    <message>
        <source>Storing the data-quality findings</source>
        <translation>Сохранение результатов проверки качества данных</translation>
    </message>
    <message>
        <source>A record&apos;s e-mails, phones or tags could not be read. Run &quot;kempt-cli info&quot; to check the workspace.</source>
        <translation>Не удалось прочитать адреса эл. почты, телефоны или теги одной из записей. Запустите &quot;kempt-cli info&quot;, чтобы проверить рабочую область.</translation>
    </message>
    <message>
        <source>Reading the records for the audit</source>
        <translation>Чтение записей для аудита</translation>
    </message>
    <message>
        <source>The workspace is not open. Open it again and retry.</source>
        <translation>Рабочая область не открыта. Откройте её снова и повторите попытку.</translation>
    </message>
    <message>
        <source>The workspace could not be read for the audit: %1</source>
        <translation>Не удалось прочитать рабочую область для аудита: %1</translation>
    </message>
    <message>
        <source>%1 failed because the disk is full. Free some space and try again.</source>
        <translation>Операция «%1» не выполнена: диск заполнен. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 failed because another program is writing to the workspace. Try again when it has finished.</source>
        <translation>Операция «%1» не выполнена: другая программа записывает данные в рабочую область. Повторите попытку, когда она закончит.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Операция «%1» не выполнена: %2</translation>
    </message>
    <message>
        <source>No workspace is open. Open one, then run the audit.</source>
        <translation>Рабочая область не открыта. Откройте её и запустите аудит.</translation>
    </message>
    <message>
        <source>The audit was cancelled; the previous findings are kept.</source>
        <translation>Аудит отменён; предыдущие результаты сохранены.</translation>
    </message>
    <message>
        <source>The style guide has no rule &quot;%1&quot;. Rules with fixes: %2.</source>
        <translation>В руководстве по стилю нет правила &quot;%1&quot;. Правила с исправлениями: %2.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; checks %2; there is nothing it could change by itself. Name a rule about how values are written (see &quot;kempt-cli audit&quot;).</source>
        <translation>Правило &quot;%1&quot; проверяет %2 и ничего не может изменить само. Укажите правило о том, как записываются значения (см. &quot;kempt-cli audit&quot;).</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; is switched off in the style guide. Switch it on first.</source>
        <translation>Правило &quot;%1&quot; отключено в руководстве по стилю. Сначала включите его.</translation>
    </message>
    <message>
        <source>The style guide has no rule &quot;%1&quot;.</source>
        <translation>В руководстве по стилю нет правила &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; checks %2; there is nothing it could change by itself.</source>
        <translation>Правило &quot;%1&quot; проверяет %2 и ничего не может изменить само.</translation>
    </message>
    <message>
        <source>Counting was cancelled.</source>
        <translation>Подсчёт отменён.</translation>
    </message>
    <message>
        <source>Working out the fixes was cancelled; nothing was changed.</source>
        <translation>Расчёт исправлений отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>Counting duplicates</source>
        <translation>Подсчёт дубликатов</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The workspace file.</source>
        <translation>Файл рабочей области.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>Usage: kempt-cli [--db FILE] COMMAND [options]</source>
        <translation>Использование: kempt-cli [--db FILE] COMMAND [options]</translation>
    </message>
    <message>
        <source>Creates, inspects and exports Kempt workspaces.</source>
        <translation>Создаёт, проверяет и экспортирует рабочие области Kempt.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>The workspace file (default: %1)</source>
        <translation>Файл рабочей области (по умолчанию: %1)</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Показать эту справку</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Показать версию</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>&quot;%1&quot; не является командой.</translation>
    </message>
    <message>
        <source>--db needs the name of a workspace file.</source>
        <translation>Для --db нужно указать имя файла рабочей области.</translation>
    </message>
    <message>
        <source>There is no workspace at %1 yet. Create it with &quot;kempt-cli init&quot;, or name another file with --db FILE.</source>
        <translation>В %1 пока нет рабочей области. Создайте её командой &quot;kempt-cli init&quot; или укажите другой файл через --db FILE.</translation>
    </message>
    <message>
        <source>%1 does not exist. Create a workspace there with &quot;kempt-cli init %1&quot;, or check the file name.</source>
        <translation>%1 не существует. Создайте там рабочую область командой &quot;kempt-cli init %1&quot; или проверьте имя файла.</translation>
    </message>
    <message>
        <source>What to export: contacts (the default) or companies.</source>
        <translation>Что экспортировать: contacts (по умолчанию) или companies.</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark, for Excel on Windows.</source>
        <translation>Начать файл с метки порядка байтов UTF-8 (для Excel в Windows).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be exported. Use --entity contacts or --entity companies.</source>
        <translation>&quot;%1&quot; нельзя экспортировать. Используйте --entity contacts или --entity companies.</translation>
    </message>
    <message>
        <source>Name the file to write, or &quot;-&quot; for standard output: kempt-cli export --format csv OUT</source>
        <translation>Укажите файл для записи или &quot;-&quot; для стандартного вывода: kempt-cli export --format csv OUT</translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose another file name for the export.</source>
        <translation>%1 — это сама рабочая область; выберите для экспорта другое имя файла.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose a folder you can write to.</source>
        <translation>Не удаётся записать %1: %2. Выберите папку, доступную для записи.</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 не записан: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Не удаётся записать %1: %2. Проверьте свободное место на диске и права доступа к папке.</translation>
    </message>
    <message>
        <source>Records exported to %1: %2.</source>
        <translation>Экспортировано записей в %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the workspace&apos;s format version and the rows in each table</source>
        <translation>Показать версию формата рабочей области и число строк в каждой таблице</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Выводить JSON вместо текста.</translation>
    </message>
    <message>
        <source>info takes no file name; name the workspace with --db FILE.</source>
        <translation>Команда info не принимает имя файла; укажите рабочую область через --db FILE.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Рабочая область: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Kempt reads up to %2)</source>
        <translation>Версия схемы: %1 (эта версия Kempt читает до %2)</translation>
    </message>
    <message>
        <source>Kempt version: %1</source>
        <translation>Версия Kempt: %1</translation>
    </message>
    <message>
        <source>File size: %1 bytes</source>
        <translation>Размер файла (байт): %1</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Строк в каждой таблице:</translation>
    </message>
    <message>
        <source>Create a new, empty workspace (FILE defaults to the --db file)</source>
        <translation>Создать новую пустую рабочую область (по умолчанию FILE — файл из --db)</translation>
    </message>
    <message>
        <source>init takes one file name. Usage: kempt-cli init [FILE]</source>
        <translation>Команда init принимает одно имя файла. Использование: kempt-cli init [FILE]</translation>
    </message>
    <message>
        <source>%1 already exists; init only creates new workspaces and leaves existing files alone. Choose another file name, or use the existing workspace with --db %1.</source>
        <translation>%1 уже существует; init только создаёт новые рабочие области и не трогает существующие файлы. Выберите другое имя файла или откройте существующую рабочую область через --db %1.</translation>
    </message>
    <message>
        <source>Created the workspace %1 (format version %2).</source>
        <translation>Создана рабочая область %1 (версия формата %2).</translation>
    </message>
    <message>
        <source>Fill an empty workspace with invented companies, contacts and deals</source>
        <translation>Заполнить пустую рабочую область вымышленными компаниями, контактами и сделками</translation>
    </message>
    <message>
        <source>How many contacts to invent (default %1).</source>
        <translation>Сколько вымышленных контактов создать (по умолчанию %1).</translation>
    </message>
    <message>
        <source>sample-data takes no file name; name the workspace with --db FILE.</source>
        <translation>Команда sample-data не принимает имя файла; укажите рабочую область через --db FILE.</translation>
    </message>
    <message>
        <source>--contacts needs a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>Для --contacts нужно целое число от 1 до %1, а не &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 already holds contacts, and the sample data goes into an empty workspace. Create one with &quot;kempt-cli init NEW.sqlite&quot;, then run &quot;kempt-cli --db NEW.sqlite sample-data&quot;.</source>
        <translation>%1 уже содержит контакты, а демонстрационные данные загружаются только в пустую рабочую область. Создайте её командой &quot;kempt-cli init NEW.sqlite&quot;, затем выполните &quot;kempt-cli --db NEW.sqlite sample-data&quot;.</translation>
    </message>
    <message>
        <source>Loaded the sample data into %1: %2 contacts, %3 companies, %4 deals.</source>
        <translation>Демонстрационные данные загружены в %1: контактов — %2, компаний — %3, сделок — %4.</translation>
    </message>
    <message>
        <source>Check every record against the style guide: scores, findings per rule, the records with most to do</source>
        <translation>Проверить все записи по руководству по стилю: оценки, замечания по правилам, записи, требующие больше всего работы</translation>
    </message>
    <message>
        <source>How many of the records with most to do to list (default 10).</source>
        <translation>Сколько записей, требующих больше всего работы, показать (по умолчанию 10).</translation>
    </message>
    <message>
        <source>audit takes no file name; name the workspace with --db FILE.</source>
        <translation>Команда audit не принимает имя файла; укажите рабочую область через --db FILE.</translation>
    </message>
    <message>
        <source>--top needs a whole number from 0 to 10000, not &quot;%1&quot;.</source>
        <translation>Для --top нужно целое число от 0 до 10000, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Audited %1 records (%2 contacts, %3 companies) of %4 in %5 s with %6: %7 findings.</source>
        <translation>Проверено записей в %4: %1 (контактов: %2, компаний: %3) за %5 с, основа — %6. Замечаний: %7.</translation>
    </message>
    <message>
        <source>style guide version %1</source>
        <translation>руководство по стилю версии %1</translation>
    </message>
    <message>
        <source>the default style guide</source>
        <translation>руководство по стилю по умолчанию</translation>
    </message>
    <message>
        <source>Scores (0 to 100, higher is better):</source>
        <translation>Оценки (от 0 до 100, чем выше, тем лучше):</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Общая</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Корректность</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Согласованность</translation>
    </message>
    <message>
        <source>Uniqueness</source>
        <translation>Уникальность</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Актуальность</translation>
    </message>
    <message>
        <source>Findings per rule (records, errors, warnings, fixes):</source>
        <translation>Замечания по правилам (записи, ошибки, предупреждения, исправления):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Records with most to do:</source>
        <translation>Записи, требующие больше всего работы:</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 fixes</source>
        <translation>ошибок: %1, предупреждений: %2, исправлений: %3</translation>
    </message>
    <message>
        <source>Check one value a line from standard input; write input, normalized, verdict, reason and suggestion as TSV</source>
        <translation>Проверить значения со стандартного ввода (по одному в строке); вывести ввод, нормализованное значение, вердикт, причину и предложение в формате TSV</translation>
    </message>
    <message>
        <source>What the values are: email, phone, name, company, country or date.</source>
        <translation>Тип значений: email, phone, name, company, country или date.</translation>
    </message>
    <message>
        <source>The country (ISO code such as DE) of phone numbers without +CC.</source>
        <translation>Страна (код ISO, например DE) для телефонных номеров без +CC.</translation>
    </message>
    <message>
        <source>How numeric dates are read: dmy (31/12/2024), mdy (12/31/2024) or ymd. Without it, a date such as 03/04/2024 is reported as ambiguous.</source>
        <translation>Как читать числовые даты: dmy (31/12/2024), mdy (12/31/2024) или ymd. Без этого параметра дата вроде 03/04/2024 считается неоднозначной.</translation>
    </message>
    <message>
        <source>Name the kind of values with --field %1.</source>
        <translation>Укажите тип значений: --field %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field check knows; use --field %2.</source>
        <translation>Команда check не знает поле &quot;%1&quot;; используйте --field %2.</translation>
    </message>
    <message>
        <source>--region takes a two-letter country code such as DE, not &quot;%1&quot;.</source>
        <translation>--region принимает двухбуквенный код страны, например DE, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--order is dmy, mdy or ymd, not &quot;%1&quot;.</source>
        <translation>--order может быть dmy, mdy или ymd, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>check reads its values from standard input, one a line; it takes no file name.</source>
        <translation>Команда check читает значения со стандартного ввода, по одному в строке; имя файла она не принимает.</translation>
    </message>
    <message>
        <source>Standard input cannot be read: %1</source>
        <translation>Не удаётся прочитать стандартный ввод: %1</translation>
    </message>
    <message>
        <source>The results could not be written: %1</source>
        <translation>Не удалось записать результаты: %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>%1 phone, stored E.164 form</source>
        <translation>%1: телефон в сохранённом формате E.164</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Apply the style guide&apos;s fixes to every record as one change that can be undone (--dry-run: only show them)</source>
        <translation>Применить исправления из руководства по стилю ко всем записям одним изменением, которое можно отменить (--dry-run: только показать их)</translation>
    </message>
    <message>
        <source>Apply only this rule&apos;s fixes (an id from &quot;kempt-cli audit&quot;).</source>
        <translation>Применить исправления только этого правила (идентификатор из &quot;kempt-cli audit&quot;).</translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation>Показать, что изменится, ничего не записывая.</translation>
    </message>
    <message>
        <source>fix takes no file name; name the workspace with --db FILE.</source>
        <translation>Команда fix не принимает имя файла; укажите рабочую область через --db FILE.</translation>
    </message>
    <message>
        <source>--rule needs the id of a rule, e.g. --rule contact.phone.format.</source>
        <translation>Для --rule нужен идентификатор правила, например --rule contact.phone.format.</translation>
    </message>
    <message>
        <source>the style guide&apos;s fixes</source>
        <translation>исправления из руководства по стилю</translation>
    </message>
    <message>
        <source>the fixes of rule %1</source>
        <translation>исправления правила %1</translation>
    </message>
    <message>
        <source>Nothing to fix: every record already follows %1.</source>
        <translation>Исправлять нечего: все записи уже соответствуют правилам (%1).</translation>
    </message>
    <message>
        <source>Dry run: %1 would change %2 records (%3 values). Nothing was written.</source>
        <translation>Пробный запуск: %1 — изменится записей: %2 (значений: %3). Ничего не записано.</translation>
    </message>
    <message>
        <source>Applied %1 to %2 records (%3 values) of %4 as one change (batch %5).</source>
        <translation>Применено: %1 — записей в %4: %2 (значений: %3), одним изменением (пакет %5).</translation>
    </message>
    <message>
        <source>Write the active style guide to FILE as JSON, store FILE as the next version, or list the versions (&quot;-&quot; for standard output or input)</source>
        <translation>Записать действующее руководство по стилю в FILE в формате JSON, сохранить FILE как следующую версию или вывести список версий (&quot;-&quot; — стандартный вывод или ввод)</translation>
    </message>
    <message>
        <source>Why the rules change; stored with the imported version.</source>
        <translation>Почему меняются правила; сохраняется вместе с импортированной версией.</translation>
    </message>
    <message>
        <source>Use &quot;style-guide export FILE&quot;, &quot;style-guide import FILE&quot; or &quot;style-guide history&quot;.</source>
        <translation>Используйте &quot;style-guide export FILE&quot;, &quot;style-guide import FILE&quot; или &quot;style-guide history&quot;.</translation>
    </message>
    <message>
        <source>The style guide could not be written to standard output.</source>
        <translation>Не удалось вывести руководство по стилю в стандартный вывод.</translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose another file name for the style guide.</source>
        <translation>%1 — это сама рабочая область; выберите для руководства по стилю другое имя файла.</translation>
    </message>
    <message>
        <source>Style guide version %1 (%2 rules) written to %3.</source>
        <translation>Руководство по стилю версии %1 (правил: %2) записано в %3.</translation>
    </message>
    <message>
        <source>The default style guide (%1 rules) written to %2.</source>
        <translation>Руководство по стилю по умолчанию (правил: %1) записано в %2.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check the file name.</source>
        <translation>Не удаётся прочитать %1: %2. Проверьте имя файла.</translation>
    </message>
    <message>
        <source>%1 was not imported. %2</source>
        <translation>%1 не импортирован. %2</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Импортировано из %1</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 не импортирован: %2</translation>
    </message>
    <message>
        <source>Style guide version %1 stored: %2 rules from %3.</source>
        <translation>Сохранена версия %1 руководства по стилю: правил — %2, источник — %3.</translation>
    </message>
    <message>
        <source>No style guide is stored; the default guide applies.</source>
        <translation>Руководство по стилю не сохранено; действует руководство по умолчанию.</translation>
    </message>
    <message>
        <source>There are no pipelines yet. The first deal creates the &quot;Sales&quot; pipeline.</source>
        <translation>Воронок пока нет. Первая сделка создаст воронку &quot;Продажи&quot;.</translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation>Воронка: %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>Вер.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Взвешенная</translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln deal(s) in other currencies)</source>
        <translation>
            <numerusform>(+%Ln сделка в других валютах)</numerusform>
            <numerusform>(+%Ln сделки в других валютах)</numerusform>
            <numerusform>(+%Ln сделок в других валютах)</numerusform>
        </translation>
    </message>
    <message>
        <source>Won: %1 deal(s), %2</source>
        <translation>Выиграно сделок: %1, на сумму %2</translation>
    </message>
    <message>
        <source>Lost: %1 deal(s), %2</source>
        <translation>Проиграно сделок: %1, на сумму %2</translation>
    </message>
    <message>
        <source>Win rate: %1%</source>
        <translation>Доля выигранных: %1%</translation>
    </message>
    <message>
        <source>Forecast (weighted value by expected close month):</source>
        <translation>Прогноз (взвешенная сумма по месяцу ожидаемого закрытия):</translation>
    </message>
    <message>
        <source>No open deal has an expected close date.</source>
        <translation>Ни у одной открытой сделки нет ожидаемой даты закрытия.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
            <numerusform>%Ln сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>List the pipelines and stages with their open deals, totals and weighted values, and the forecast</source>
        <translation>Показать воронки и этапы с открытыми сделками, суммами и взвешенными суммами, а также прогноз</translation>
    </message>
    <message>
        <source>Print JSON instead of text (amounts in minor units).</source>
        <translation>Выводить JSON вместо текста (суммы в минимальных денежных единицах).</translation>
    </message>
    <message>
        <source>deals takes no file name; name the workspace with --db FILE.</source>
        <translation>Команда deals не принимает имя файла; укажите рабочую область через --db FILE.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another file or folder.</source>
        <translation>Не удаётся записать %1: %2. Выберите другой файл или папку.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2. Check the free space and try again.</source>
        <translation>Не удалось полностью записать %1: %2. Проверьте свободное место и повторите попытку.</translation>
    </message>
    <message>
        <source>Find duplicate contacts in the workspace or in a spreadsheet, explain why they match, write pairs and groups</source>
        <translation>Найти дубликаты контактов в рабочей области или в таблице, объяснить, почему они совпадают, и записать пары и группы</translation>
    </message>
    <message>
        <source>Scan this CSV spreadsheet instead of the workspace.</source>
        <translation>Проверить эту таблицу CSV вместо рабочей области.</translation>
    </message>
    <message>
        <source>The spreadsheet column that holds record ids (default: row numbers).</source>
        <translation>Столбец таблицы с идентификаторами записей (по умолчанию — номера строк).</translation>
    </message>
    <message>
        <source>Write the matched pairs as CSV (id_a,id_b,score,band).</source>
        <translation>Записать совпавшие пары в CSV (id_a,id_b,score,band).</translation>
    </message>
    <message>
        <source>Write the duplicate groups as CSV (id,cluster_id).</source>
        <translation>Записать группы дубликатов в CSV (id,cluster_id).</translation>
    </message>
    <message>
        <source>dedupe takes no file name; scan a spreadsheet with --file INPUT.csv, the workspace with --db FILE.</source>
        <translation>Команда dedupe не принимает имя файла; укажите таблицу через --file INPUT.csv, а рабочую область — через --db FILE.</translation>
    </message>
    <message>
        <source>--id-column only applies to a spreadsheet given with --file.</source>
        <translation>--id-column применяется только к таблице, указанной через --file.</translation>
    </message>
    <message>
        <source>--file needs the name of a CSV file.</source>
        <translation>Для --file нужно указать имя файла CSV.</translation>
    </message>
    <message>
        <source>Scanned %1 records of %2 in %3 s: %4 candidate pairs compared, %5 matched.</source>
        <translation>Проверено записей в %2: %1 за %3 с; сравнено пар-кандидатов: %4, совпало: %5.</translation>
    </message>
    <message>
        <source>Duplicate groups: %1 sure, %2 possible (%3 records).</source>
        <translation>Группы дубликатов: точных — %1, возможных — %2 (записей: %3).</translation>
    </message>
    <message>
        <source>Group %1 (%2, %3 records): %4</source>
        <translation>Группа %1 (%2, записей: %3): %4</translation>
    </message>
    <message>
        <source>Write the records to OUT as CSV, Excel or vCard (&quot;-&quot; for standard output)</source>
        <translation>Экспортировать записи в OUT в формате CSV, Excel или vCard (&quot;-&quot; — стандартный вывод)</translation>
    </message>
    <message>
        <source>The file format: csv (the default), xlsx or vcf.</source>
        <translation>Формат файла: csv (по умолчанию), xlsx или vcf.</translation>
    </message>
    <message>
        <source>The vCard version for --format vcf: 3.0 (the default) or 4.0.</source>
        <translation>Версия vCard для --format vcf: 3.0 (по умолчанию) или 4.0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export format kempt-cli knows. Use --format csv, xlsx or vcf.</source>
        <translation>kempt-cli не знает формат экспорта &quot;%1&quot;. Используйте --format csv, xlsx или vcf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vCard version kempt-cli writes. Use --vcard-version 3.0 or 4.0.</source>
        <translation>kempt-cli не записывает vCard версии &quot;%1&quot;. Используйте --vcard-version 3.0 или 4.0.</translation>
    </message>
    <message>
        <source>The mapping %1 is not valid JSON (%2).</source>
        <translation>Сопоставление %1 — некорректный JSON (%2).</translation>
    </message>
    <message>
        <source>The sheet of a workbook to read (default: the first visible one).</source>
        <translation>Лист книги для чтения (по умолчанию — первый видимый).</translation>
    </message>
    <message>
        <source>Store values as the file has them instead of applying the style guide&apos;s fixes.</source>
        <translation>Сохранять значения в том виде, в каком они есть в файле, не применяя исправления из руководства по стилю.</translation>
    </message>
    <message>
        <source>Reject rows with an error the style guide blocks saving for.</source>
        <translation>Отклонять строки с ошибками, при которых руководство по стилю запрещает сохранение.</translation>
    </message>
    <message>
        <source>Check and count everything; keep nothing.</source>
        <translation>Проверить и подсчитать всё, ничего не сохраняя.</translation>
    </message>
    <message>
        <source>Write the rejected rows and their reasons to this CSV file.</source>
        <translation>Записать отклонённые строки и причины отклонения в этот файл CSV.</translation>
    </message>
    <message>
        <source>import needs exactly one file, e.g. kempt-cli import contacts.csv.</source>
        <translation>Команде import нужен ровно один файл, например kempt-cli import contacts.csv.</translation>
    </message>
    <message>
        <source>--delimiter must be one character such as , ; | or the word tab.</source>
        <translation>--delimiter должен быть одним символом, например , ; | или словом tab.</translation>
    </message>
    <message>
        <source>Dry run of %1: nothing was written.</source>
        <translation>Пробный запуск для %1: ничего не записано.</translation>
    </message>
    <message>
        <source>Imported %1 into %2 as import %3; undo it with &quot;kempt-cli undo-import %3&quot;.</source>
        <translation>%1 импортирован в %2 как импорт %3; отменить его можно командой &quot;kempt-cli undo-import %3&quot;.</translation>
    </message>
    <message>
        <source>  rows read      %1</source>
        <translation>  прочитано строк      %1</translation>
    </message>
    <message>
        <source>  created        %1</source>
        <translation>  создано              %1</translation>
    </message>
    <message>
        <source>  rejected       %1</source>
        <translation>  отклонено            %1</translation>
    </message>
    <message>
        <source>  values fixed   %1</source>
        <translation>  исправлено значений  %1</translation>
    </message>
    <message>
        <source>Rows with issues after cleanup, by rule:</source>
        <translation>Строки с проблемами после очистки, по правилам:</translation>
    </message>
    <message>
        <source>  row %1 rejected: %2</source>
        <translation>  строка %1 отклонена: %2</translation>
    </message>
    <message>
        <source>The rejected rows are in %1.</source>
        <translation>Отклонённые строки записаны в %1.</translation>
    </message>
    <message>
        <source>List the imports, newest first, with what each one did</source>
        <translation>Показать импорты (сначала новые) и результат каждого из них</translation>
    </message>
    <message>
        <source>imports takes no arguments.</source>
        <translation>Команда imports не принимает аргументов.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Импортов пока нет.</translation>
    </message>
    <message>
        <source>List the merges of the workspace, newest first, with the ids &quot;unmerge&quot; takes</source>
        <translation>Показать объединения в рабочей области (сначала новые) с идентификаторами для &quot;unmerge&quot;</translation>
    </message>
    <message>
        <source>merges takes no arguments; name the workspace with --db FILE.</source>
        <translation>Команда merges не принимает аргументов; укажите рабочую область через --db FILE.</translation>
    </message>
    <message>
        <source>No merges yet.</source>
        <translation>Объединений пока нет.</translation>
    </message>
    <message>
        <source>undone on %1</source>
        <translation>отменено %1</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>Merge %1 on %2 by %3 (%4): kept %5 “%6”, merged %7</source>
        <translation>Объединение %1 от %2, автор: %3 (%4): оставлен %5 «%6», присоединены: %7</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Take an import back exactly, even after later edits of other records (ids from &quot;kempt-cli imports&quot;)</source>
        <translation>Точно отменить импорт, даже после более поздних изменений других записей (идентификаторы из &quot;kempt-cli imports&quot;)</translation>
    </message>
    <message>
        <source>undo-import needs the number of an import, e.g. kempt-cli undo-import 3 (see kempt-cli imports).</source>
        <translation>Для undo-import нужен номер импорта, например kempt-cli undo-import 3 (см. kempt-cli imports).</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: готово.</translation>
    </message>
    <message>
        <source>Take a merge back: the merged contacts return with their ids, fields and links (ids from &quot;merges&quot;)</source>
        <translation>Отменить объединение: присоединённые контакты возвращаются со своими идентификаторами, полями и связями (идентификаторы из &quot;merges&quot;)</translation>
    </message>
    <message>
        <source>unmerge needs exactly one merge id, e.g. &quot;kempt-cli unmerge 3&quot;; &quot;kempt-cli merges&quot; lists them.</source>
        <translation>Для unmerge нужен ровно один идентификатор объединения, например &quot;kempt-cli unmerge 3&quot;; их список выводит &quot;kempt-cli merges&quot;.</translation>
    </message>
    <message>
        <source>“%1” is not a merge id; use a number from &quot;kempt-cli merges&quot;.</source>
        <translation>«%1» — не идентификатор объединения; используйте номер из &quot;kempt-cli merges&quot;.</translation>
    </message>
    <message>
        <source>Merge %1 undone: contacts %2 are back beside contact %3 (change %4).</source>
        <translation>Объединение %1 отменено: контакты %2 снова существуют отдельно от контакта %3 (изменение %4).</translation>
    </message>
    <message numerus="yes">
        <source>Kept %Ln later edit(s):</source>
        <translation>
            <numerusform>Сохранено %Ln более позднее изменение:</numerusform>
            <numerusform>Сохранено %Ln более поздних изменения:</numerusform>
            <numerusform>Сохранено %Ln более поздних изменений:</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast: open deals by month of expected close</source>
        <translation>Прогноз: открытые сделки по месяцу ожидаемого закрытия</translation>
    </message>
    <message>
        <source>Win rate: won against won and lost, by month of closing</source>
        <translation>Доля выигранных: выигранные сделки относительно выигранных и проигранных, по месяцу закрытия</translation>
    </message>
    <message>
        <source>Sales cycle: days from creation to won, by month won</source>
        <translation>Цикл продаж: дни от создания до выигрыша, по месяцу выигрыша</translation>
    </message>
    <message>
        <source>Time in stage: average days of a finished stay</source>
        <translation>Время на этапе: среднее число дней завершённого пребывания</translation>
    </message>
    <message>
        <source>Won and lost deals by month of closing</source>
        <translation>Выигранные и проигранные сделки по месяцу закрытия</translation>
    </message>
    <message>
        <source>There is no pipeline &quot;%1&quot;: the workspace has no pipelines yet.</source>
        <translation>Воронки &quot;%1&quot; нет: в рабочей области пока нет воронок.</translation>
    </message>
    <message>
        <source>There is no pipeline &quot;%1&quot;. Use one of: %2.</source>
        <translation>Воронки &quot;%1&quot; нет. Используйте одну из следующих: %2.</translation>
    </message>
    <message>
        <source>No deal has an owner, so there is no owner &quot;%1&quot; to report on.</source>
        <translation>Ни у одной сделки нет ответственного, поэтому отчёт по ответственному &quot;%1&quot; невозможен.</translation>
    </message>
    <message>
        <source>No deal belongs to &quot;%1&quot;. Owners of deals: %2.</source>
        <translation>У ответственного &quot;%1&quot; нет сделок. Ответственные за сделки: %2.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD, e.g. 2025-01-31.</source>
        <translation>--%1: &quot;%2&quot; — не дата; укажите её в формате YYYY-MM-DD, например 2025-01-31.</translation>
    </message>
    <message>
        <source>Print one deal report, or write it as CSV</source>
        <translation>Вывести один отчёт по сделкам или записать его в CSV</translation>
    </message>
    <message>
        <source>deals report: only this pipeline (name or id).</source>
        <translation>deals report: только эта воронка (название или идентификатор).</translation>
    </message>
    <message>
        <source>deals report: only the deals of this owner.</source>
        <translation>deals report: только сделки этого ответственного.</translation>
    </message>
    <message>
        <source>deals report: the period&apos;s first day (YYYY-MM-DD).</source>
        <translation>deals report: первый день периода (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>deals report: the period&apos;s last day (YYYY-MM-DD).</source>
        <translation>deals report: последний день периода (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>deals report: sum the amounts of this currency (default: the workspace&apos;s).</source>
        <translation>deals report: складывать суммы в этой валюте (по умолчанию — в валюте рабочей области).</translation>
    </message>
    <message>
        <source>deals report: write CSV to FILE, or &quot;-&quot; for standard output.</source>
        <translation>deals report: записать CSV в FILE или &quot;-&quot; для стандартного вывода.</translation>
    </message>
    <message>
        <source>Name one report: kempt-cli deals report %1</source>
        <translation>Укажите один отчёт: kempt-cli deals report %1</translation>
    </message>
    <message>
        <source>--from %1 comes after --to %2; swap them.</source>
        <translation>--from %1 позже, чем --to %2; поменяйте их местами.</translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose another file name for the report.</source>
        <translation>%1 — это сама рабочая область; выберите для отчёта другое имя файла.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Отчёт записан в %1.</translation>
    </message>
    <message>
        <source>Nothing to report for these deals and dates.</source>
        <translation>Нет данных для отчёта по этим сделкам и датам.</translation>
    </message>
    <message>
        <source>The mapping %1 cannot be read: %2.</source>
        <translation>Не удаётся прочитать сопоставление %1: %2.</translation>
    </message>
    <message>
        <source>There is no saved mapping or mapping file &quot;%1&quot;, and no mapping is saved yet. Use --mapping auto, and --save-mapping NAME to keep one.</source>
        <translation>Сохранённого сопоставления или файла сопоставления &quot;%1&quot; нет, и сохранённых сопоставлений пока нет. Используйте --mapping auto, а чтобы сохранить сопоставление — --save-mapping NAME.</translation>
    </message>
    <message>
        <source>There is no saved mapping or mapping file &quot;%1&quot;. Saved mappings: %2.</source>
        <translation>Сохранённого сопоставления или файла сопоставления &quot;%1&quot; нет. Сохранённые сопоставления: %2.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>Import contacts from a CSV, XLSX, ODS or vCard file, cleaned by the style guide, as one change that can be undone</source>
        <translation>Импортировать контакты из файла CSV, XLSX, ODS или vCard с очисткой по руководству по стилю одним изменением, которое можно отменить</translation>
    </message>
    <message>
        <source>The encoding of a text file, such as UTF-8, windows-1251 or KOI8-R (default: detected).</source>
        <translation>Кодировка текстового файла, например UTF-8, windows-1251 или KOI8-R (по умолчанию — определяется автоматически).</translation>
    </message>
    <message>
        <source>The delimiter of a text file: , ; | or tab (default: detected).</source>
        <translation>Разделитель текстового файла: , ; | или tab (по умолчанию — определяется автоматически).</translation>
    </message>
    <message>
        <source>The quote character of a text file: &quot; or &apos; (default: detected).</source>
        <translation>Символ кавычек текстового файла: &quot; или &apos; (по умолчанию — определяется автоматически).</translation>
    </message>
    <message>
        <source>Which row holds the headers, counting rows with values (default: detected; 0: none).</source>
        <translation>Строка с заголовками, считая только строки со значениями (по умолчанию — определяется автоматически; 0 — без заголовков).</translation>
    </message>
    <message>
        <source>&quot;auto&quot; (default), the name of a saved mapping, or a JSON file with the column mapping.</source>
        <translation>&quot;auto&quot; (по умолчанию), имя сохранённого сопоставления или файл JSON с сопоставлением столбцов.</translation>
    </message>
    <message>
        <source>Save the mapping used under this name, for files with the same headers.</source>
        <translation>Сохранить использованное сопоставление под этим именем для файлов с такими же заголовками.</translation>
    </message>
    <message>
        <source>Look for duplicates in the file and in the workspace, and do this with every group: create (default, no search), skip, update (fill empty fields), overwrite, or merge.</source>
        <translation>Искать дубликаты в файле и в рабочей области и поступать так с каждой группой: create (по умолчанию, без поиска), skip (пропустить), update (заполнить пустые поля), overwrite (перезаписать) или merge (объединить).</translation>
    </message>
    <message>
        <source>--quote must be &quot; or &apos;.</source>
        <translation>--quote должен быть &quot; или &apos;.</translation>
    </message>
    <message>
        <source>--header-row needs a number (1 for the first row with values, 0 for no header) or auto.</source>
        <translation>Для --header-row нужно число (1 — первая строка со значениями, 0 — без заголовков) или auto.</translation>
    </message>
    <message>
        <source>--on-duplicate must be one of: %1.</source>
        <translation>--on-duplicate должен быть одним из значений: %1.</translation>
    </message>
    <message>
        <source>Save mapping %1</source>
        <translation>сохранение сопоставления %1</translation>
    </message>
    <message>
        <source>The import is done (import %1), but the mapping was not saved: %2</source>
        <translation>Импорт выполнен (импорт %1), но сопоставление не сохранено: %2</translation>
    </message>
    <message>
        <source>  read as %1 text, delimiter %2, quote %3, headers in row %4</source>
        <translation>  прочитано как текст %1, разделитель %2, кавычка %3, заголовки в строке %4</translation>
    </message>
    <message>
        <source>  updated        %1</source>
        <translation>  обновлено            %1</translation>
    </message>
    <message>
        <source>  merged         %1</source>
        <translation>  объединено           %1</translation>
    </message>
    <message>
        <source>  skipped        %1</source>
        <translation>  пропущено            %1</translation>
    </message>
    <message>
        <source>Groups of duplicates: %1</source>
        <translation>Групп дубликатов: %1</translation>
    </message>
    <message>
        <source>Saved mappings made for these headers: %1 (use --mapping NAME).</source>
        <translation>Сохранённые сопоставления для этих заголовков: %1 (используйте --mapping NAME).</translation>
    </message>
    <message>
        <source>The mapping was saved as &quot;%1&quot;.</source>
        <translation>Сопоставление сохранено как &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4: %5 created, %6 updated, %7 merged, %8 skipped, %9 rejected</source>
        <translation>%1  %2  %3  %4: создано %5, обновлено %6, объединено %7, пропущено %8, отклонено %9</translation>
    </message>
    <message>
        <source>List the saved column mappings of imports, or delete one</source>
        <translation>Показать сохранённые сопоставления столбцов для импорта или удалить одно из них</translation>
    </message>
    <message>
        <source>Delete the saved mapping of this name.</source>
        <translation>Удалить сохранённое сопоставление с этим именем.</translation>
    </message>
    <message>
        <source>mappings takes no arguments; give the name to delete with --delete NAME.</source>
        <translation>Команда mappings не принимает аргументов; имя удаляемого сопоставления укажите через --delete NAME.</translation>
    </message>
    <message>
        <source>Delete mapping %1</source>
        <translation>удаление сопоставления %1</translation>
    </message>
    <message>
        <source>The mapping &quot;%1&quot; was deleted.</source>
        <translation>Сопоставление &quot;%1&quot; удалено.</translation>
    </message>
    <message>
        <source>No saved mappings yet; save one with kempt-cli import FILE --save-mapping NAME.</source>
        <translation>Сохранённых сопоставлений пока нет; сохраните сопоставление командой kempt-cli import FILE --save-mapping NAME.</translation>
    </message>
    <message>
        <source>%1  (%2 columns, saved %3): %4</source>
        <translation>%1  (столбцов: %2, сохранено %3): %4</translation>
    </message>
    <message>
        <source>Uniqueness counts %1 contacts in %2 duplicate groups of the last scan; %3 groups (%4 contacts) wait for review in Duplicates.</source>
        <translation>Уникальность учитывает %1 контактов в %2 группах дубликатов последней проверки; %3 групп (%4 контактов) ждут просмотра в разделе «Дубликаты».</translation>
    </message>
    <message>
        <source>Uniqueness counts %1 contacts sharing an e-mail address or phone number with another; &quot;kempt-cli dedupe&quot; finds the real duplicate groups.</source>
        <translation>Уникальность учитывает %1 контактов с общим с другими адресом e-mail или телефоном; &quot;kempt-cli dedupe&quot; находит настоящие группы дубликатов.</translation>
    </message>
    <message>
        <source>The groups are kept in the workspace for the Duplicates section and the audit&apos;s uniqueness score.</source>
        <translation>Группы сохраняются в рабочей области для раздела «Дубликаты» и оценки уникальности при аудите.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Save style guide</source>
        <translation>сохранение руководства по стилю</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>регистрация звонка</translation>
    </message>
    <message>
        <source>Log call %1</source>
        <translation>регистрация звонка %1</translation>
    </message>
    <message>
        <source>Log email</source>
        <translation>регистрация письма</translation>
    </message>
    <message>
        <source>Log email %1</source>
        <translation>регистрация письма %1</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>регистрация встречи</translation>
    </message>
    <message>
        <source>Log meeting %1</source>
        <translation>регистрация встречи %1</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>добавление задачи %1</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>добавление заметки</translation>
    </message>
    <message>
        <source>Apply the style guide&apos;s fixes</source>
        <translation>применение исправлений из руководства по стилю</translation>
    </message>
    <message>
        <source>Apply the fixes of rule %1</source>
        <translation>применение исправлений правила %1</translation>
    </message>
    <message>
        <source>Create company %1</source>
        <translation>создание компании %1</translation>
    </message>
    <message>
        <source>Create contact %1</source>
        <translation>создание контакта %1</translation>
    </message>
    <message>
        <source>Add company field %1</source>
        <translation>добавление поля компании %1</translation>
    </message>
    <message>
        <source>Add deal field %1</source>
        <translation>добавление поля сделки %1</translation>
    </message>
    <message>
        <source>Add contact field %1</source>
        <translation>добавление поля контакта %1</translation>
    </message>
    <message>
        <source>Create tag %1</source>
        <translation>создание тега %1</translation>
    </message>
    <message>
        <source>Delete call %1</source>
        <translation>удаление звонка %1</translation>
    </message>
    <message>
        <source>Delete email %1</source>
        <translation>удаление письма %1</translation>
    </message>
    <message>
        <source>Delete meeting %1</source>
        <translation>удаление встречи %1</translation>
    </message>
    <message>
        <source>Delete task %1</source>
        <translation>удаление задачи %1</translation>
    </message>
    <message>
        <source>Delete company field %1</source>
        <translation>удаление поля компании %1</translation>
    </message>
    <message>
        <source>Delete deal field %1</source>
        <translation>удаление поля сделки %1</translation>
    </message>
    <message>
        <source>Delete contact field %1</source>
        <translation>удаление поля контакта %1</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>удаление заметки</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln records to the trash</source>
        <translation>
            <numerusform>перемещение %Ln записи в корзину</numerusform>
            <numerusform>перемещение %Ln записей в корзину</numerusform>
            <numerusform>перемещение %Ln записей в корзину</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete tag %1</source>
        <translation>удаление тега %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln tags</source>
        <translation>
            <numerusform>удаление %Ln тега</numerusform>
            <numerusform>удаление %Ln тегов</numerusform>
            <numerusform>удаление %Ln тегов</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete view %1</source>
        <translation>удаление представления %1</translation>
    </message>
    <message>
        <source>Mark %1 as done</source>
        <translation>отметка %1 как выполненной</translation>
    </message>
    <message>
        <source>Mark %1 as not done</source>
        <translation>отметка %1 как невыполненной</translation>
    </message>
    <message>
        <source>Edit call %1</source>
        <translation>изменение звонка %1</translation>
    </message>
    <message>
        <source>Edit email %1</source>
        <translation>изменение письма %1</translation>
    </message>
    <message>
        <source>Edit meeting %1</source>
        <translation>изменение встречи %1</translation>
    </message>
    <message>
        <source>Edit task %1</source>
        <translation>изменение задачи %1</translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation>изменение компании %1</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>изменение контакта %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>изменение заметки</translation>
    </message>
    <message>
        <source>Merge tag %1 into %2</source>
        <translation>слияние тега %1 с тегом %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln records for good</source>
        <translation>
            <numerusform>окончательное удаление %Ln записи</numerusform>
            <numerusform>окончательное удаление %Ln записей</numerusform>
            <numerusform>окончательное удаление %Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove unused tags</source>
        <translation>удаление неиспользуемых тегов</translation>
    </message>
    <message>
        <source>Rename tag %1 to %2</source>
        <translation>переименование тега %1 в %2</translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln records from the trash</source>
        <translation>
            <numerusform>восстановление %Ln записи из корзины</numerusform>
            <numerusform>восстановление %Ln записей из корзины</numerusform>
            <numerusform>восстановление %Ln записей из корзины</numerusform>
        </translation>
    </message>
    <message>
        <source>Save view %1</source>
        <translation>сохранение представления %1</translation>
    </message>
    <message>
        <source>Tag 1 company with %1</source>
        <translation>добавление тега %1 к 1 компании</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln companies with %1</source>
        <translation>
            <numerusform>добавление тега %1 к %Ln компании</numerusform>
            <numerusform>добавление тега %1 к %Ln компаниям</numerusform>
            <numerusform>добавление тега %1 к %Ln компаниям</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag 1 contact with %1</source>
        <translation>добавление тега %1 к 1 контакту</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln contacts with %1</source>
        <translation>
            <numerusform>добавление тега %1 к %Ln контакту</numerusform>
            <numerusform>добавление тега %1 к %Ln контактам</numerusform>
            <numerusform>добавление тега %1 к %Ln контактам</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from 1 company</source>
        <translation>снятие %1 с 1 компании</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %Ln companies</source>
        <translation>
            <numerusform>снятие %1 с %Ln компании</numerusform>
            <numerusform>снятие %1 с %Ln компаний</numerusform>
            <numerusform>снятие %1 с %Ln компаний</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from 1 contact</source>
        <translation>снятие %1 с 1 контакта</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %Ln contacts</source>
        <translation>
            <numerusform>снятие %1 с %Ln контакта</numerusform>
            <numerusform>снятие %1 с %Ln контактов</numerusform>
            <numerusform>снятие %1 с %Ln контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>изменение поля %1</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 on %Ln records</source>
        <translation>
            <numerusform>изменение поля %1 в %Ln записи</numerusform>
            <numerusform>изменение поля %1 в %Ln записях</numerusform>
            <numerusform>изменение поля %1 в %Ln записях</numerusform>
        </translation>
    </message>
    <message>
        <source>Add stage %1</source>
        <translation>добавление этапа %1</translation>
    </message>
    <message>
        <source>Create deal %1</source>
        <translation>создание сделки %1</translation>
    </message>
    <message>
        <source>Create pipeline %1</source>
        <translation>создание воронки %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln deal(s) to the trash</source>
        <translation>
            <numerusform>перемещение %Ln сделки в корзину</numerusform>
            <numerusform>перемещение %Ln сделок в корзину</numerusform>
            <numerusform>перемещение %Ln сделок в корзину</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation>удаление воронки</translation>
    </message>
    <message>
        <source>Edit deal %1</source>
        <translation>изменение сделки %1</translation>
    </message>
    <message>
        <source>Edit stage %1</source>
        <translation>изменение этапа %1</translation>
    </message>
    <message numerus="yes">
        <source>Lose %Ln deal(s)</source>
        <translation>
            <numerusform>отметка %Ln сделки как проигранной</numerusform>
            <numerusform>отметка %Ln сделок как проигранных</numerusform>
            <numerusform>отметка %Ln сделок как проигранных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln records as not duplicates</source>
        <translation>
            <numerusform>отметка %Ln записи как не являющейся дубликатом</numerusform>
            <numerusform>отметка %Ln записей как не являющихся дубликатами</numerusform>
            <numerusform>отметка %Ln записей как не являющихся дубликатами</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 does not exist (it may have been deleted for good); choose the records of the group again.</source>
        <translation>Запись %1 не существует (возможно, она удалена навсегда); выберите записи группы снова.</translation>
    </message>
    <message>
        <source>“Not a duplicate” needs at least two different records.</source>
        <translation>Для отметки «Не дубликат» нужны как минимум две разные записи.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln contacts</source>
        <translation>
            <numerusform>объединение %Ln контакта</numerusform>
            <numerusform>объединение %Ln контактов</numerusform>
            <numerusform>объединение %Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln deal(s)</source>
        <translation>
            <numerusform>перемещение %Ln сделки</numerusform>
            <numerusform>перемещение %Ln сделок</numerusform>
            <numerusform>перемещение %Ln сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>изменение порядка этапов</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>удаление этапа</translation>
    </message>
    <message>
        <source>Rename pipeline to %1</source>
        <translation>переименование воронки в %1</translation>
    </message>
    <message>
        <source>Rename stage to %1</source>
        <translation>переименование этапа в %1</translation>
    </message>
    <message>
        <source>The stage no longer exists; it may have been removed.</source>
        <translation>Этап больше не существует; возможно, он удалён.</translation>
    </message>
    <message numerus="yes">
        <source>Reopen %Ln deal(s)</source>
        <translation>
            <numerusform>повторное открытие %Ln сделки</numerusform>
            <numerusform>повторное открытие %Ln сделок</numerusform>
            <numerusform>повторное открытие %Ln сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmerge merge %1</source>
        <translation>отмена объединения %1</translation>
    </message>
    <message numerus="yes">
        <source>Win %Ln deal(s)</source>
        <translation>
            <numerusform>отметка %Ln сделки как выигранной</numerusform>
            <numerusform>отметка %Ln сделок как выигранных</numerusform>
            <numerusform>отметка %Ln сделок как выигранных</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete mapping %1</source>
        <translation>удаление сопоставления %1</translation>
    </message>
    <message>
        <source>Save mapping %1</source>
        <translation>сохранение сопоставления %1</translation>
    </message>
    <message>
        <source>Skip the duplicates of %1</source>
        <translation>пропуск дубликатов %1</translation>
    </message>
</context>
<context>
    <name>CompanyNormalizer</name>
    <message>
        <source>The company name holds only spaces or invisible characters; it is stored empty.</source>
        <translation>Название компании состоит только из пробелов или невидимых символов; оно сохраняется пустым.</translation>
    </message>
    <message>
        <source>“%1” has no letters or digits; enter the company&apos;s name.</source>
        <translation>В «%1» нет букв или цифр; введите название компании.</translation>
    </message>
    <message>
        <source>“%1” is only a legal form; enter the company&apos;s name as well.</source>
        <translation>«%1» — это только правовая форма; введите и название компании.</translation>
    </message>
    <message>
        <source>invisible characters removed</source>
        <translation>удалены невидимые символы</translation>
    </message>
    <message>
        <source>spacing tidied</source>
        <translation>исправлены пробелы</translation>
    </message>
    <message>
        <source>capitalisation follows the style guide</source>
        <translation>регистр букв приведён к руководству по стилю</translation>
    </message>
    <message>
        <source>legal form written “%1”</source>
        <translation>правовая форма записана как «%1»</translation>
    </message>
    <message>
        <source>Stored as “%1”: %2.</source>
        <translation>Сохранено как «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>CountryNormalizer</name>
    <message>
        <source>The country holds only spaces or invisible characters; it is stored empty.</source>
        <translation>Поле страны содержит только пробелы или невидимые символы; оно сохраняется пустым.</translation>
    </message>
    <message>
        <source>“%1” is not a country Kempt knows; use a name or ISO code such as DE.</source>
        <translation>Kempt не знает страну «%1»; используйте название или код ISO, например DE.</translation>
    </message>
    <message>
        <source>“%1” could mean %2; use the ISO code of the one you mean.</source>
        <translation>«%1» может означать %2; используйте код ISO нужной страны.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>“%1” is stored as the ISO code %2 (%3).</source>
        <translation>«%1» сохраняется как код ISO %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1 holds bytes that are not valid %2 text, so the file mixes encodings (a part saved by another program). Save the whole file in one encoding, such as UTF-8, or choose the encoding that fits that part.</source>
        <translation>Строка %1 содержит байты, недопустимые для текста в кодировке %2, то есть в файле смешаны кодировки (часть сохранена другой программой). Сохраните весь файл в одной кодировке, например UTF-8, или выберите кодировку, подходящую для этой части.</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed. Add the closing quote (%2) or remove the opening one.</source>
        <translation>Строка %1: ячейка в кавычках не закрыта. Добавьте закрывающую кавычку (%2) или удалите открывающую.</translation>
    </message>
</context>
<context>
    <name>CustomFieldStore</name>
    <message>
        <source>A custom field needs a label. Type one, such as &quot;Contract number&quot;.</source>
        <translation>Дополнительному полю нужно название. Введите его, например &quot;Номер договора&quot;.</translation>
    </message>
    <message>
        <source>There is already a %1 field labelled &quot;%2&quot;. Choose another label.</source>
        <translation>Поле (%1) с названием &quot;%2&quot; уже есть. Выберите другое название.</translation>
    </message>
    <message>
        <source>The choice field &quot;%1&quot; needs at least one choice. Add the values people may pick.</source>
        <translation>Полю выбора &quot;%1&quot; нужен хотя бы один вариант. Добавьте значения, из которых можно выбирать.</translation>
    </message>
    <message>
        <source>The custom field no longer exists. Refresh the list and try again.</source>
        <translation>Дополнительное поле больше не существует. Обновите список и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 needs a number, such as 42 or 3.5; &quot;%2&quot; is not a number.</source>
        <translation>В поле «%1» нужно число, например 42 или 3.5; &quot;%2&quot; — не число.</translation>
    </message>
    <message>
        <source>%1 needs a date written as year-month-day, such as 2024-03-31; &quot;%2&quot; is not one.</source>
        <translation>В поле «%1» нужна дата в формате год-месяц-день, например 2024-03-31; &quot;%2&quot; ему не соответствует.</translation>
    </message>
    <message>
        <source>%1 must be one of %2; &quot;%3&quot; is not. Pick one of them, or add it to the field&apos;s choices.</source>
        <translation>Поле «%1» должно содержать одно из значений %2; &quot;%3&quot; к ним не относится. Выберите одно из них или добавьте это значение в варианты поля.</translation>
    </message>
    <message>
        <source>%1 is a check box, so it takes yes or no (or true/false, 1/0); &quot;%2&quot; is neither.</source>
        <translation>Поле «%1» — флажок, поэтому принимает yes или no (или true/false, 1/0); &quot;%2&quot; не подходит.</translation>
    </message>
</context>
<context>
    <name>DateNormalizer</name>
    <message>
        <source>The date holds only spaces or invisible characters; it is stored empty.</source>
        <translation>Поле даты содержит только пробелы или невидимые символы; оно сохраняется пустым.</translation>
    </message>
    <message>
        <source>“%1” is not a date Kempt can read; write it as year-month-day, e.g. 2024-03-31.</source>
        <translation>Kempt не может прочитать дату «%1»; запишите её в формате год-месяц-день, например 2024-03-31.</translation>
    </message>
    <message>
        <source>the two-digit year is read as %1</source>
        <translation>двузначный год прочитан как %1</translation>
    </message>
    <message>
        <source>“%1” could be %2 (day first) or %3 (month first); set the column&apos;s date order or write it as year-month-day.</source>
        <translation>«%1» может быть %2 (сначала день) или %3 (сначала месяц); задайте порядок даты для столбца или запишите её в формате год-месяц-день.</translation>
    </message>
    <message>
        <source>read day first, as dotted dates are</source>
        <translation>прочитано как день-месяц, как принято для дат с точками</translation>
    </message>
    <message>
        <source>read day first</source>
        <translation>прочитано как день-месяц</translation>
    </message>
    <message>
        <source>read month first</source>
        <translation>прочитано как месяц-день</translation>
    </message>
    <message>
        <source>“%1” has no month %2 when read %3; written the other way round it is %4.</source>
        <translation>В «%1» нет месяца %2 при порядке «%3»; при обратном порядке это %4.</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>сначала день</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>сначала месяц</translation>
    </message>
    <message>
        <source>converted from the Persian (Solar Hijri) calendar</source>
        <translation>преобразовано из персидского календаря (солнечная хиджра)</translation>
    </message>
    <message>
        <source>“%1” has the year %2; Kempt stores dates of the Gregorian calendar, so convert dates from other calendars first.</source>
        <translation>В «%1» указан год %2; Kempt хранит даты по григорианскому календарю, поэтому сначала преобразуйте даты из других календарей.</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>«%1» — не дата: месяца %2 не существует.</translation>
    </message>
    <message>
        <source>“%1” is not a date: month %2 of %3 has no day %4.</source>
        <translation>«%1» — не дата: в месяце %2 года %3 нет дня %4.</translation>
    </message>
    <message>
        <source>the time of day is dropped</source>
        <translation>время суток отброшено</translation>
    </message>
    <message>
        <source>Stored as %1 (year-month-day).</source>
        <translation>Сохранено как %1 (год-месяц-день).</translation>
    </message>
    <message>
        <source>Stored as %1: %2.</source>
        <translation>Сохранено как %1: %2.</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <source>Closes %1</source>
        <translation>Закрытие: %1</translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>Нет даты закрытия</translation>
    </message>
    <message>
        <source>1 day in stage</source>
        <translation>1 день на этапе</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days in stage</source>
        <translation>
            <numerusform>%Ln день на этапе</numerusform>
            <numerusform>%Ln дня на этапе</numerusform>
            <numerusform>%Ln дней на этапе</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 день</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealFieldWriter</name>
    <message>
        <source>&quot;%1&quot; is not an amount. Type the value as a number such as 1250.50; it cannot be negative.</source>
        <translation>&quot;%1&quot; — не сумма. Введите сумму числом, например 1250.50; она не может быть отрицательной.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency. Use a three-letter ISO 4217 code such as EUR, USD or JPY.</source>
        <translation>&quot;%1&quot; — не валюта. Используйте трёхбуквенный код ISO 4217, например EUR, USD или JPY.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a probability. Type a percentage from 0 to 100, or leave it empty for the stage&apos;s default.</source>
        <translation>&quot;%1&quot; — не вероятность. Введите процент от 0 до 100 или оставьте поле пустым, чтобы использовать значение этапа по умолчанию.</translation>
    </message>
    <message>
        <source>A deal is always in a stage. Type the name of a stage of its pipeline.</source>
        <translation>Сделка всегда находится на каком-либо этапе. Введите название этапа её воронки.</translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot; of deal &quot;%2&quot; has no stage called &quot;%3&quot;. Type one of its stages.</source>
        <translation>В воронке &quot;%1&quot; сделки &quot;%2&quot; нет этапа &quot;%3&quot;. Введите один из её этапов.</translation>
    </message>
</context>
<context>
    <name>DealReportContent</name>
    <message>
        <source>Forecast: weighted value by expected close month</source>
        <translation>Прогноз: взвешенная сумма по месяцу ожидаемого закрытия</translation>
    </message>
    <message>
        <source>No open deal is expected to close in this period. Choose another period, pipeline or owner.</source>
        <translation>Ни одна открытая сделка не должна закрыться в этом периоде. Выберите другой период, воронку или ответственного.</translation>
    </message>
    <message>
        <source>No open deal has an expected close date yet. Give your open deals an expected close date to see what they are worth month by month.</source>
        <translation>Ни у одной открытой сделки пока нет ожидаемой даты закрытия. Укажите её для открытых сделок, чтобы увидеть их сумму по месяцам.</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Общая сумма</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Взвешенная сумма</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>weighted value of the one open deal expected to close, out of %1 in total</source>
        <translation>взвешенная сумма единственной открытой сделки с ожидаемым закрытием; всего %1</translation>
    </message>
    <message numerus="yes">
        <source>weighted value of %Ln open deals expected to close, out of %1 in total</source>
        <translation>
            <numerusform>взвешенная сумма %Ln открытой сделки с ожидаемым закрытием; всего %1</numerusform>
            <numerusform>взвешенная сумма %Ln открытых сделок с ожидаемым закрытием; всего %1</numerusform>
            <numerusform>взвешенная сумма %Ln открытых сделок с ожидаемым закрытием; всего %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Win rate by month of closing</source>
        <translation>Доля выигранных по месяцу закрытия</translation>
    </message>
    <message>
        <source>No won or lost deals in this period. Choose another period, pipeline or owner.</source>
        <translation>В этом периоде нет выигранных или проигранных сделок. Выберите другой период, воронку или ответственного.</translation>
    </message>
    <message>
        <source>No won or lost deals yet. Mark deals as won or lost and the win rate appears here.</source>
        <translation>Выигранных или проигранных сделок пока нет. Отметьте сделки как выигранные или проигранные, и здесь появится доля выигранных.</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>%1 won and %2 lost; %3 of the closed value was won</source>
        <translation>Выиграно: %1, проиграно: %2; выиграно %3 от суммы закрытых сделок</translation>
    </message>
    <message>
        <source>Sales cycle: average days from creation to won, by month won</source>
        <translation>Цикл продаж: среднее число дней от создания до выигрыша, по месяцу выигрыша</translation>
    </message>
    <message>
        <source>No deal was won in this period. Choose another period, pipeline or owner.</source>
        <translation>В этом периоде не выиграно ни одной сделки. Выберите другой период, воронку или ответственного.</translation>
    </message>
    <message>
        <source>No won deals yet. The sales cycle runs from the day a deal is created to the day it is won.</source>
        <translation>Выигранных сделок пока нет. Цикл продаж длится со дня создания сделки до дня её выигрыша.</translation>
    </message>
    <message>
        <source>Average days to win</source>
        <translation>Среднее число дней до выигрыша</translation>
    </message>
    <message>
        <source>Month won</source>
        <translation>Месяц выигрыша</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>Среднее число дней</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 дней</translation>
    </message>
    <message>
        <source>from creation to won, for the one won deal</source>
        <translation>от создания до выигрыша, для единственной выигранной сделки</translation>
    </message>
    <message numerus="yes">
        <source>on average from creation to won, over %Ln won deals</source>
        <translation>
            <numerusform>в среднем от создания до выигрыша, по %Ln выигранной сделке</numerusform>
            <numerusform>в среднем от создания до выигрыша, по %Ln выигранным сделкам</numerusform>
            <numerusform>в среднем от создания до выигрыша, по %Ln выигранным сделкам</numerusform>
        </translation>
    </message>
    <message>
        <source>Average time in each stage</source>
        <translation>Среднее время на каждом этапе</translation>
    </message>
    <message>
        <source>No deal left a stage in this period. Choose another period, pipeline or owner.</source>
        <translation>В этом периоде ни одна сделка не покинула этап. Выберите другой период, воронку или ответственного.</translation>
    </message>
    <message>
        <source>No deal has left a stage yet. The time in a stage is measured when a deal moves on, is won or is lost.</source>
        <translation>Ни одна сделка ещё не покинула этап. Время на этапе измеряется, когда сделка переходит дальше, выигрывается или проигрывается.</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>Среднее число дней на этапе</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Finished stays</source>
        <translation>Завершённые пребывания</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>the longest average stay, in %1</source>
        <translation>самое долгое среднее пребывание: %1</translation>
    </message>
    <message>
        <source>Won and lost deals by month of closing</source>
        <translation>Выигранные и проигранные сделки по месяцу закрытия</translation>
    </message>
    <message>
        <source>No won or lost deals yet. Mark deals as won or lost and they appear here month by month.</source>
        <translation>Выигранных или проигранных сделок пока нет. Отметьте сделки как выигранные или проигранные, и они появятся здесь по месяцам.</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Сумма выигранных</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Сумма проигранных</translation>
    </message>
    <message>
        <source>%1 won · %2 lost</source>
        <translation>Выиграно: %1 · проиграно: %2</translation>
    </message>
    <message>
        <source>%1 won and %2 lost in value</source>
        <translation>Сумма выигранных: %1, проигранных: %2</translation>
    </message>
</context>
<context>
    <name>DealReports</name>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Не удалось записать отчёт: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose a folder you can write to.</source>
        <translation>Не удаётся записать %1: %2. Выберите папку, доступную для записи.</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 не записан: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Не удаётся записать %1: %2. Проверьте свободное место на диске и права доступа к папке.</translation>
    </message>
</context>
<context>
    <name>DealStore</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 и ещё %Ln</numerusform>
            <numerusform>%1 и ещё %Ln</numerusform>
            <numerusform>%1 и ещё %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No deal was chosen.</source>
        <translation>Сделка не выбрана.</translation>
    </message>
    <message>
        <source>Deal %1 no longer exists; it may have been deleted.</source>
        <translation>Сделка %1 больше не существует; возможно, она удалена.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; is in the trash. Restore it first.</source>
        <translation>Сделка &quot;%1&quot; находится в корзине. Сначала восстановите её.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; is already won. Reopen it first.</source>
        <translation>Сделка &quot;%1&quot; уже выиграна. Сначала откройте её повторно.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; is already lost. Reopen it first.</source>
        <translation>Сделка &quot;%1&quot; уже проиграна. Сначала откройте её повторно.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; is still open; only won or lost deals can be reopened.</source>
        <translation>Сделка &quot;%1&quot; ещё открыта; повторно открыть можно только выигранные или проигранные сделки.</translation>
    </message>
    <message>
        <source>The stage no longer exists; it may have been removed.</source>
        <translation>Этап больше не существует; возможно, он удалён.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot enter &quot;%2&quot;: %3 must be filled in first. Fill in %3 on the deal, then move it again.</source>
        <translation>Сделку &quot;%1&quot; нельзя перевести на этап &quot;%2&quot;, пока не заполнено: %3. Заполните в сделке поля (%3) и переместите её снова.</translation>
    </message>
    <message>
        <source>%1 cannot enter &quot;%2&quot;: %3 must be filled in first. Fill them in on each deal, then move the deals again.</source>
        <translation>Сделки %1 нельзя перевести на этап &quot;%2&quot;, пока не заполнено: %3. Заполните эти поля в каждой сделке и переместите сделки снова.</translation>
    </message>
    <message>
        <source>The deals could not be placed in their stage.</source>
        <translation>Не удалось разместить сделки на их этапе.</translation>
    </message>
    <message>
        <source>Say why the deal was lost: choose one of %1.</source>
        <translation>Укажите, почему сделка проиграна: выберите одну из причин: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the list of lost reasons. Choose one of %2, or add it to the list first.</source>
        <translation>&quot;%1&quot; нет в списке причин проигрыша. Выберите одну из причин (%2) или сначала добавьте эту причину в список.</translation>
    </message>
    <message>
        <source>Choose another existing stage to move the deals of &quot;%1&quot; to.</source>
        <translation>Выберите другой существующий этап, на который нужно переместить сделки этапа &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open deal(s) in &quot;%1&quot; lack %2, which &quot;%3&quot; requires. Fill it in on those deals, or choose a stage without that requirement.</source>
        <translation>
            <numerusform>В %Ln открытой сделке на этапе &quot;%1&quot; не заполнено: %2 — этого требует этап &quot;%3&quot;. Заполните эти поля в сделках или выберите этап без такого требования.</numerusform>
            <numerusform>В %Ln открытых сделках на этапе &quot;%1&quot; не заполнено: %2 — этого требует этап &quot;%3&quot;. Заполните эти поля в сделках или выберите этап без такого требования.</numerusform>
            <numerusform>В %Ln открытых сделках на этапе &quot;%1&quot; не заполнено: %2 — этого требует этап &quot;%3&quot;. Заполните эти поля в сделках или выберите этап без такого требования.</numerusform>
        </translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>У сделки должно быть название.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: the currency &quot;%2&quot; is not a three-letter ISO 4217 code such as EUR or USD.</source>
        <translation>Сделка &quot;%1&quot;: валюта &quot;%2&quot; не является трёхбуквенным кодом ISO 4217, например EUR или USD.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: the value cannot be negative.</source>
        <translation>Сделка &quot;%1&quot;: сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: the probability must lie between 0 % and 100 %.</source>
        <translation>Сделка &quot;%1&quot;: вероятность должна быть в диапазоне от 0 % до 100 %.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: the expected close date &quot;%2&quot; is not a date; write it as year-month-day, e.g. 2025-03-31.</source>
        <translation>Сделка &quot;%1&quot;: ожидаемая дата закрытия &quot;%2&quot; — не дата; запишите её в формате год-месяц-день, например 2025-03-31.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: contact %2 no longer exists or is in the trash. Choose another contact.</source>
        <translation>Сделка &quot;%1&quot;: контакт %2 больше не существует или находится в корзине. Выберите другой контакт.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: stage %2 no longer exists. Choose another stage.</source>
        <translation>Сделка &quot;%1&quot;: этап %2 больше не существует. Выберите другой этап.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: stage &quot;%2&quot; belongs to another pipeline.</source>
        <translation>Сделка &quot;%1&quot;: этап &quot;%2&quot; относится к другой воронке.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: pipeline %2 no longer exists. Choose another pipeline.</source>
        <translation>Сделка &quot;%1&quot;: воронка %2 больше не существует. Выберите другую воронку.</translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot; has no stages. Add a stage before creating deals in it.</source>
        <translation>В воронке &quot;%1&quot; нет этапов. Добавьте этап, прежде чем создавать в ней сделки.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; cannot start in &quot;%2&quot;: %3 must be filled in first. Fill them in, or start the deal in an earlier stage.</source>
        <translation>Сделку &quot;%1&quot; нельзя начать на этапе &quot;%2&quot;, пока не заполнено: %3. Заполните эти поля или начните сделку с более раннего этапа.</translation>
    </message>
    <message>
        <source>The deal no longer exists; it may have been deleted.</source>
        <translation>Сделка больше не существует; возможно, она удалена.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; is in the trash. Restore it before editing it.</source>
        <translation>Сделка &quot;%1&quot; находится в корзине. Восстановите её, прежде чем изменять.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: use Win, Lose or Reopen to change its status.</source>
        <translation>Сделка &quot;%1&quot;: чтобы изменить её статус, отметьте её как выигранную или проигранную либо откройте повторно.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot;: &quot;%2&quot; is not on the list of lost reasons. Choose one of %3.</source>
        <translation>Сделка &quot;%1&quot;: &quot;%2&quot; нет в списке причин проигрыша. Выберите одну из причин: %3.</translation>
    </message>
</context>
<context>
    <name>Dedup</name>
    <message>
        <source>Reading the contacts</source>
        <translation>Чтение контактов</translation>
    </message>
    <message>
        <source>Reading the contacts&apos; e-mails</source>
        <translation>Чтение адресов эл. почты контактов</translation>
    </message>
    <message>
        <source>Reading the contacts&apos; phones</source>
        <translation>Чтение телефонов контактов</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Операция «%1» не выполнена: %2</translation>
    </message>
    <message>
        <source>Updating the duplicate-detection index</source>
        <translation>Обновление индекса поиска дубликатов</translation>
    </message>
    <message>
        <source>Reading the duplicate-detection index</source>
        <translation>Чтение индекса поиска дубликатов</translation>
    </message>
    <message>
        <source>Building the duplicate-detection index was cancelled.</source>
        <translation>Построение индекса поиска дубликатов отменено.</translation>
    </message>
    <message>
        <source>Finding possible duplicates</source>
        <translation>Поиск возможных дубликатов</translation>
    </message>
    <message>
        <source>The duplicate scan was cancelled.</source>
        <translation>Поиск дубликатов отменён.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>not known on both sides</source>
        <translation>указано не в обеих записях</translation>
    </message>
    <message>
        <source>same</source>
        <translation>та же</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>уменьшительная форма</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>похоже</translation>
    </message>
    <message>
        <source>sounds or looks alike</source>
        <translation>похоже по звучанию или написанию</translation>
    </message>
    <message>
        <source>initial fits</source>
        <translation>совпадает инициал</translation>
    </message>
    <message>
        <source>same user, other domain</source>
        <translation>тот же пользователь, другой домен</translation>
    </message>
    <message>
        <source>similar user name</source>
        <translation>похожее имя пользователя</translation>
    </message>
    <message>
        <source>one digit apart</source>
        <translation>отличается одной цифрой</translation>
    </message>
    <message>
        <source>one typo or day and month swapped</source>
        <translation>одна опечатка или переставлены день и месяц</translation>
    </message>
    <message>
        <source>one typo apart</source>
        <translation>отличается одной опечаткой</translation>
    </message>
    <message>
        <source>different</source>
        <translation>различается</translation>
    </message>
    <message>
        <source>Reading the pairs marked &quot;not a duplicate&quot;</source>
        <translation>Чтение пар, отмеченных как &quot;не дубликат&quot;</translation>
    </message>
    <message>
        <source>%1, given name and surname swapped</source>
        <translation>%1, имя и фамилия переставлены</translation>
    </message>
    <message>
        <source>Score %1 bits (prior %2), probability %3%</source>
        <translation>Оценка: %1 бит (априорно %2), вероятность %3%</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check the file name and its permissions.</source>
        <translation>Не удаётся прочитать %1: %2. Проверьте имя файла и права доступа к нему.</translation>
    </message>
    <message>
        <source>%1 is empty: a spreadsheet needs a header row and at least one row of data.</source>
        <translation>%1 пуст: в таблице должна быть строка заголовков и хотя бы одна строка данных.</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot;. Its columns are: %3.</source>
        <translation>В %1 нет столбца &quot;%2&quot;. Имеющиеся столбцы: %3.</translation>
    </message>
    <message>
        <source>%1: no column could be recognised as a name, e-mail or phone (columns: %2). Name the columns in the header row, e.g. first_name, last_name, email.</source>
        <translation>%1: ни один столбец не удалось распознать как имя, эл. почту или телефон (столбцы: %2). Назовите столбцы в строке заголовков, например first_name, last_name, email.</translation>
    </message>
    <message>
        <source>Keeping the duplicate groups</source>
        <translation>Сохранение групп дубликатов</translation>
    </message>
    <message>
        <source>Reading the duplicate groups</source>
        <translation>Чтение групп дубликатов</translation>
    </message>
    <message>
        <source>Counting the duplicate groups</source>
        <translation>Подсчёт групп дубликатов</translation>
    </message>
    <message>
        <source>Following the changes since the duplicate scan</source>
        <translation>Отслеживание изменений после поиска дубликатов</translation>
    </message>
    <message>
        <source>The duplicate scan was cancelled; the groups of the last scan are kept.</source>
        <translation>Поиск дубликатов отменён; группы последнего поиска сохранены.</translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation>Не удалось прочитать рабочую область: %1</translation>
    </message>
</context>
<context>
    <name>EmailValidator</name>
    <message>
        <source>a part starting with “xn--” is not valid punycode</source>
        <translation>часть, начинающаяся с «xn--», не является допустимым punycode</translation>
    </message>
    <message>
        <source>it is longer than 253 characters once encoded</source>
        <translation>после кодирования он длиннее 253 символов</translation>
    </message>
    <message>
        <source>a part between dots is longer than 63 characters once encoded</source>
        <translation>часть между точками после кодирования длиннее 63 символов</translation>
    </message>
    <message>
        <source>a part between dots is empty</source>
        <translation>часть между точками пуста</translation>
    </message>
    <message>
        <source>a part between dots starts or ends with a hyphen</source>
        <translation>часть между точками начинается или заканчивается дефисом</translation>
    </message>
    <message>
        <source>a part has “--” as its third and fourth character</source>
        <translation>в одной из частей третий и четвёртый символы — «--»</translation>
    </message>
    <message>
        <source>a part starts with a combining accent</source>
        <translation>часть начинается с комбинируемого диакритического знака</translation>
    </message>
    <message>
        <source>a character in it stands for a dot</source>
        <translation>в нём есть символ, заменяющий точку</translation>
    </message>
    <message>
        <source>it mixes right-to-left and left-to-right text in a way domain names forbid</source>
        <translation>в нём текст справа налево и слева направо смешан так, как доменные имена не допускают</translation>
    </message>
    <message>
        <source>it has an invisible joiner where none may be</source>
        <translation>в нём есть невидимый соединитель там, где он недопустим</translation>
    </message>
    <message>
        <source>it contains a character domain names cannot have</source>
        <translation>в нём есть символ, недопустимый в доменных именах</translation>
    </message>
    <message>
        <source>There must be something after the @-sign.</source>
        <translation>После знака @ должно что-то быть.</translation>
    </message>
    <message>
        <source>Addresses with an IP address in brackets after the @-sign are not accepted; use the domain name.</source>
        <translation>Адреса с IP-адресом в квадратных скобках после знака @ не принимаются; используйте доменное имя.</translation>
    </message>
    <message>
        <source>The part after the @-sign is not a valid domain name: %1.</source>
        <translation>Часть после знака @ не является допустимым доменным именем: %1.</translation>
    </message>
    <message>
        <source>The part after the @-sign contains a space.</source>
        <translation>В части после знака @ есть пробел.</translation>
    </message>
    <message>
        <source>Comments in parentheses are not accepted in an address.</source>
        <translation>Комментарии в круглых скобках в адресе не допускаются.</translation>
    </message>
    <message>
        <source>The address contains more than one @-sign.</source>
        <translation>В адресе больше одного знака @.</translation>
    </message>
    <message>
        <source>The part after the @-sign contains a character domain names cannot have: %1.</source>
        <translation>В части после знака @ есть символ, недопустимый в доменных именах: %1.</translation>
    </message>
    <message>
        <source>The part after the @-sign contains an invisible or unsafe character: %1.</source>
        <translation>В части после знака @ есть невидимый или небезопасный символ: %1.</translation>
    </message>
    <message>
        <source>The part after the @-sign cannot start with a dot.</source>
        <translation>Часть после знака @ не может начинаться с точки.</translation>
    </message>
    <message>
        <source>An address cannot end with a dot.</source>
        <translation>Адрес не может заканчиваться точкой.</translation>
    </message>
    <message>
        <source>The part after the @-sign cannot start with a hyphen.</source>
        <translation>Часть после знака @ не может начинаться с дефиса.</translation>
    </message>
    <message>
        <source>An address cannot end with a hyphen.</source>
        <translation>Адрес не может заканчиваться дефисом.</translation>
    </message>
    <message>
        <source>The part after the @-sign cannot have two dots in a row.</source>
        <translation>В части после знака @ не может быть двух точек подряд.</translation>
    </message>
    <message>
        <source>A hyphen cannot stand next to a dot in a domain name.</source>
        <translation>В доменном имени дефис не может стоять рядом с точкой.</translation>
    </message>
    <message>
        <source>A part of the domain between dots is %1 characters long; at most 63 are allowed.</source>
        <translation>Длина части домена между точками — %1 символов; допускается не более 63.</translation>
    </message>
    <message>
        <source>A part of the domain cannot have “--” as its third and fourth character unless it is punycode (xn--).</source>
        <translation>Часть домена не может содержать «--» в третьем и четвёртом символах, если это не punycode (xn--).</translation>
    </message>
    <message>
        <source>The part after the @-sign needs a dot, as in example.com.</source>
        <translation>В части после знака @ должна быть точка, как в example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a top-level domain.</source>
        <translation>«%1» не является доменом верхнего уровня.</translation>
    </message>
    <message>
        <source>“.%1” is reserved and never receives mail.</source>
        <translation>«.%1» зарезервирован и никогда не получает почту.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Адрес не заполнен.</translation>
    </message>
    <message>
        <source>The address is %1 characters long; at most %2 are allowed.</source>
        <translation>Длина адреса — %1 символов; допускается не более %2.</translation>
    </message>
    <message>
        <source>“%1” is a placeholder, not an e-mail address; leave the field empty instead.</source>
        <translation>«%1» — это заглушка, а не адрес эл. почты; лучше оставьте поле пустым.</translation>
    </message>
    <message>
        <source>The address has %1 instead of a plain @-sign.</source>
        <translation>В адресе вместо обычного знака @ стоит %1.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @-sign, as in ann@example.com.</source>
        <translation>В адресе эл. почты должен быть знак @, как в ann@example.com.</translation>
    </message>
    <message>
        <source>A name or angle brackets around the address are not accepted; keep only the address.</source>
        <translation>Имя или угловые скобки вокруг адреса не допускаются; оставьте только адрес.</translation>
    </message>
    <message>
        <source>There must be something before the @-sign.</source>
        <translation>Перед знаком @ должно что-то быть.</translation>
    </message>
    <message>
        <source>Quotation marks before the @-sign are not accepted; most mail systems reject such addresses.</source>
        <translation>Кавычки перед знаком @ не допускаются; большинство почтовых систем отклоняет такие адреса.</translation>
    </message>
    <message>
        <source>An address cannot have two dots in a row.</source>
        <translation>В адресе не может быть двух точек подряд.</translation>
    </message>
    <message>
        <source>The address contains an invisible or unsafe character before the @-sign: %1.</source>
        <translation>В адресе перед знаком @ есть невидимый или небезопасный символ: %1.</translation>
    </message>
    <message>
        <source>An address cannot start with a dot.</source>
        <translation>Адрес не может начинаться с точки.</translation>
    </message>
    <message>
        <source>There cannot be a dot right before the @-sign.</source>
        <translation>Непосредственно перед знаком @ не может стоять точка.</translation>
    </message>
    <message>
        <source>The part before the @-sign contains a space.</source>
        <translation>В части перед знаком @ есть пробел.</translation>
    </message>
    <message>
        <source>The address contains a line break or another control character: %1.</source>
        <translation>В адресе есть перевод строки или другой управляющий символ: %1.</translation>
    </message>
    <message>
        <source>The part before the @-sign contains a character that is not allowed: %1.</source>
        <translation>В части перед знаком @ есть недопустимый символ: %1.</translation>
    </message>
    <message>
        <source>The top-level domain “.%1” does not exist; did you mean %2?</source>
        <translation>Домена верхнего уровня «.%1» не существует; может быть, имелся в виду %2?</translation>
    </message>
    <message>
        <source>“%1” is a placeholder, not a real address; leave the field empty instead.</source>
        <translation>«%1» — это заглушка, а не настоящий адрес; лучше оставьте поле пустым.</translation>
    </message>
    <message>
        <source>“%1” looks like a typo of %2.</source>
        <translation>«%1» похоже на опечатку в %2.</translation>
    </message>
    <message>
        <source>The top-level domain “.%1” is not one that exists; check the address.</source>
        <translation>Домена верхнего уровня «.%1» не существует; проверьте адрес.</translation>
    </message>
    <message>
        <source>%1 is reserved for examples and never receives mail.</source>
        <translation>%1 зарезервирован для примеров и никогда не получает почту.</translation>
    </message>
    <message>
        <source>The part before the @-sign is %1 characters long; the standard allows %2 and some servers refuse longer ones.</source>
        <translation>Длина части перед знаком @ — %1 символов; стандарт допускает %2, а некоторые серверы отклоняют более длинные.</translation>
    </message>
    <message>
        <source>“%1@” is a shared mailbox (a role account), not a person&apos;s address.</source>
        <translation>«%1@» — общий ящик (ролевой адрес), а не адрес конкретного человека.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>Do not e-mail</source>
        <translation>Не отправлять письма</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Не звонить</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Отписан</translation>
    </message>
    <message>
        <source>Unsubscribe reason</source>
        <translation>Причина отписки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>Вероятность (%)</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
</context>
<context>
    <name>FieldChecker</name>
    <message>
        <source>The name is empty.</source>
        <translation>Имя не заполнено.</translation>
    </message>
    <message>
        <source>The style guide writes it “%1”: tidy spacing and title case.</source>
        <translation>По руководству по стилю это пишется «%1»: аккуратные пробелы и заглавные первые буквы.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Undo import</source>
        <translation>отмена импорта</translation>
    </message>
    <message>
        <source>There is no import %1. See the Import history (kempt-cli imports) for the numbers.</source>
        <translation>Импорта %1 нет. Номера импортов см. в истории импорта (kempt-cli imports).</translation>
    </message>
    <message>
        <source>The import of %1 (%2) was already undone.</source>
        <translation>Импорт %1 (%2) уже отменён.</translation>
    </message>
    <message>
        <source>The import of %1 (%2) did not finish, so it left nothing to undo.</source>
        <translation>Импорт %1 (%2) не был завершён, поэтому отменять нечего.</translation>
    </message>
    <message>
        <source>Undo import of %1</source>
        <translation>отмена импорта %1</translation>
    </message>
    <message>
        <source>The workspace was closed.</source>
        <translation>Рабочая область была закрыта.</translation>
    </message>
    <message>
        <source>The report %1 cannot be written: %2. Choose another folder.</source>
        <translation>Не удаётся записать отчёт %1: %2. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>The report %1 could not be written completely: %2. Free some space and import again.</source>
        <translation>Не удалось полностью записать отчёт %1: %2. Освободите место и повторите импорт.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>%1 has no header row %2: it holds %3 rows with values. Choose another header row or file.</source>
        <translation>В %1 нет строки заголовков %2: строк со значениями в файле — %3. Выберите другую строку заголовков или другой файл.</translation>
    </message>
    <message>
        <source>The mapping has %1 columns but %2 has %3. Map the columns again.</source>
        <translation>В сопоставлении столбцов: %1, а в %2 — %3. Сопоставьте столбцы заново.</translation>
    </message>
    <message>
        <source>None of the columns of %1 could be matched to a contact field (headers: %2). Map them yourself, or check the header row.</source>
        <translation>Ни один столбец %1 не удалось сопоставить с полем контакта (заголовки: %2). Сопоставьте их вручную или проверьте строку заголовков.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>импорт %1</translation>
    </message>
    <message>
        <source>The row has no name, e-mail address or company.</source>
        <translation>В строке нет имени, адреса эл. почты или компании.</translation>
    </message>
    <message>
        <source>Row %1 of %2 could not be stored: %3</source>
        <translation>Не удалось сохранить строку %1 из %2: %3</translation>
    </message>
    <message>
        <source>The import was cancelled; the workspace is as it was before.</source>
        <translation>Импорт отменён; рабочая область осталась без изменений.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The mapping has %1 columns but the file has %2. Map this file&apos;s columns again.</source>
        <translation>В сопоставлении столбцов: %1, а в файле — %2. Сопоставьте столбцы этого файла заново.</translation>
    </message>
    <message>
        <source>Column %1 of the file is “%2”, but the mapping was made for “%3”. Map this file&apos;s columns again.</source>
        <translation>Столбец %1 в файле — «%2», а сопоставление было составлено для «%3». Сопоставьте столбцы этого файла заново.</translation>
    </message>
    <message>
        <source>Column %1 (“%2”) of the mapping names no field. Choose one or ignore the column.</source>
        <translation>Для столбца %1 («%2») в сопоставлении не указано поле. Выберите поле или пропустите столбец.</translation>
    </message>
    <message>
        <source>Preparing the import</source>
        <translation>Подготовка импорта</translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <translation>Поиск %1</translation>
    </message>
    <message>
        <source>Looking up the tag %1</source>
        <translation>Поиск тега %1</translation>
    </message>
    <message>
        <source>Storing a contact</source>
        <translation>Сохранение контакта</translation>
    </message>
    <message>
        <source>Storing an e-mail address</source>
        <translation>Сохранение адреса эл. почты</translation>
    </message>
    <message>
        <source>Storing a phone number</source>
        <translation>Сохранение номера телефона</translation>
    </message>
    <message>
        <source>Tagging a contact</source>
        <translation>Назначение тега контакту</translation>
    </message>
    <message>
        <source>Storing a custom field</source>
        <translation>Сохранение дополнительного поля</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. Check the name and that you may read the file.</source>
        <translation>Не удаётся открыть %1: %2. Проверьте имя файла и наличие прав на его чтение.</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <source>%1 cannot be read from its start again. Copy it to a local folder and retry.</source>
        <translation>Не удаётся повторно прочитать %1 с начала. Скопируйте файл в локальную папку и повторите попытку.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a character encoding Kempt knows. Use a name such as UTF-8, UTF-16LE, windows-1252, windows-1251, ISO-8859-2 or KOI8-R.</source>
        <translation>%1: Kempt не знает кодировку &quot;%2&quot;. Используйте название вроде UTF-8, UTF-16LE, windows-1252, windows-1251, ISO-8859-2 или KOI8-R.</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument spreadsheet: it has no content part. Choose the spreadsheet, or save it from your spreadsheet program as .ods.</source>
        <translation>%1 не является таблицей OpenDocument: в нём нет части content. Выберите таблицу или сохраните её в табличном редакторе в формате .ods.</translation>
    </message>
    <message>
        <source>%1 is password protected (encrypted). Open it in your spreadsheet program, remove the password and save it again.</source>
        <translation>%1 защищён паролем (зашифрован). Откройте его в табличном редакторе, снимите пароль и сохраните файл снова.</translation>
    </message>
    <message>
        <source>(XML error: %1)</source>
        <translation>(ошибка XML: %1)</translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot; ends before its table does. The file is damaged; open it in your spreadsheet program and save it again.</source>
        <translation>%1: лист &quot;%2&quot; обрывается раньше, чем заканчивается его таблица. Файл повреждён; откройте его в табличном редакторе и сохраните снова.</translation>
    </message>
    <message>
        <source>The problem is in sheet &quot;%1&quot; after row %2.</source>
        <translation>Проблема находится на листе &quot;%1&quot; после строки %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the file is not open.</source>
        <translation>Не удаётся прочитать %1: файл не открыт.</translation>
    </message>
    <message>
        <source>%1 has no sheet with cells. Open it in your spreadsheet program and check that it holds a table.</source>
        <translation>В %1 нет листа с ячейками. Откройте файл в табличном редакторе и проверьте, что в нём есть таблица.</translation>
    </message>
    <message>
        <source>%1 is not open yet.</source>
        <translation>%1 ещё не открыт.</translation>
    </message>
    <message>
        <source>%1 has no sheet number %2; it has %3.</source>
        <translation>В %1 нет листа с номером %2; всего листов: %3.</translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot; is a chart and holds no table. Choose another sheet.</source>
        <translation>%1: лист &quot;%2&quot; — это диаграмма, таблицы на нём нет. Выберите другой лист.</translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;. Its sheets are: %3.</source>
        <translation>В %1 нет листа &quot;%2&quot;. Имеющиеся листы: %3.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled at row %2.</source>
        <translation>Чтение %1 отменено на строке %2.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). Export the contacts again or choose another file.</source>
        <translation>%1 пуст (0 байт). Экспортируйте контакты снова или выберите другой файл.</translation>
    </message>
    <message>
        <source>%1 is not a vCard file: it holds binary data, not text. Choose the .vcf file your address book exported.</source>
        <translation>%1 не является файлом vCard: в нём двоичные данные, а не текст. Выберите файл .vcf, экспортированный из адресной книги.</translation>
    </message>
    <message>
        <source>%1, line %2: the line is longer than %3 MB, which no contact needs. Check that this is a vCard file.</source>
        <translation>%1, строка %2: длина строки превышает %3 МБ, что не нужно ни одному контакту. Проверьте, что это файл vCard.</translation>
    </message>
    <message>
        <source>%1, line %2: the property is longer than %3 MB, which no contact needs. Check that this is a vCard file.</source>
        <translation>%1, строка %2: длина свойства превышает %3 МБ, что не нужно ни одному контакту. Проверьте, что это файл vCard.</translation>
    </message>
    <message>
        <source>%1, line %2: a card must start with BEGIN:VCARD, but the line reads &quot;%3&quot;. Check that this is a vCard (.vcf) file; if it is damaged, export the contacts again.</source>
        <translation>%1, строка %2: карточка должна начинаться с BEGIN:VCARD, а в строке написано &quot;%3&quot;. Проверьте, что это файл vCard (.vcf); если он повреждён, экспортируйте контакты снова.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled at line %2.</source>
        <translation>Чтение %1 отменено на строке %2.</translation>
    </message>
    <message>
        <source>%1, line %2: the card has more than %3 properties, which no contact needs. Check that this is a vCard file.</source>
        <translation>%1, строка %2: в карточке больше %3 свойств, что не нужно ни одному контакту. Проверьте, что это файл vCard.</translation>
    </message>
    <message>
        <source>%1, line %2: the card that starts here has no END:VCARD; the file ends first and may be cut short. Export the contacts again.</source>
        <translation>%1, строка %2: у карточки, которая начинается здесь, нет END:VCARD; файл заканчивается раньше и, возможно, обрезан. Экспортируйте контакты снова.</translation>
    </message>
    <message>
        <source>no output to write to</source>
        <translation>нет вывода для записи</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Не удаётся записать %1: %2. Проверьте свободное место на диске и права доступа к папке.</translation>
    </message>
    <message>
        <source>%1 cannot be created. Choose a folder you can write to.</source>
        <translation>Не удаётся создать %1. Выберите папку, доступную для записи.</translation>
    </message>
    <message>
        <source>%1 is not open for writing.</source>
        <translation>%1 не открыт для записи.</translation>
    </message>
    <message>
        <source>Row %1, column %2 holds %3 characters; an Excel cell holds at most %4. Export to CSV instead, or shorten the value.</source>
        <translation>Строка %1, столбец %2: длина значения — %3 симв., а ячейка Excel вмещает не более %4. Экспортируйте в CSV или сократите значение.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 rows, and there are more records. Export to CSV, or export a smaller selection.</source>
        <translation>Лист Excel вмещает не более %1 строк, а записей больше. Экспортируйте в CSV или выберите для экспорта меньше записей.</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3</source>
        <translation>%1, лист &quot;%2&quot;, строка %3</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;</source>
        <translation>%1, лист &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the row number &quot;%2&quot; is not valid. The file is damaged; open it in your spreadsheet program and save it again.</source>
        <translation>%1: недопустимый номер строки &quot;%2&quot;. Файл повреждён; откройте его в табличном редакторе и сохраните снова.</translation>
    </message>
    <message>
        <source>%1: the cell reference &quot;%2&quot; is outside any sheet. The file is damaged; open it in your spreadsheet program and save it again.</source>
        <translation>%1: ссылка на ячейку &quot;%2&quot; выходит за пределы листов. Файл повреждён; откройте его в табличном редакторе и сохраните снова.</translation>
    </message>
    <message>
        <source>%1 has more than %2 columns. The file is damaged; open it in your spreadsheet program and save it again.</source>
        <translation>%1: больше %2 столбцов. Файл повреждён; откройте его в табличном редакторе и сохраните снова.</translation>
    </message>
    <message>
        <source>%1, cell %2: refers to shared text number %3, which the file does not have. The file is damaged; open it in your spreadsheet program and save it again.</source>
        <translation>%1, ячейка %2: ссылка на общую строку номер %3, которой в файле нет. Файл повреждён; откройте его в табличном редакторе и сохраните снова.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: it has no workbook part (it may be a Word or PowerPoint file). Choose the spreadsheet, or save it from your spreadsheet program as .xlsx.</source>
        <translation>%1 не является книгой Excel: в нём нет части workbook (возможно, это файл Word или PowerPoint). Выберите таблицу или сохраните её в табличном редакторе в формате .xlsx.</translation>
    </message>
    <message>
        <source>Excel files cannot be written: the library libxlsxwriter is missing (%1). Install the package libxlsxwriter4, or export to CSV.</source>
        <translation>Не удаётся записывать файлы Excel: отсутствует библиотека libxlsxwriter (%1). Установите пакет libxlsxwriter4 или экспортируйте в CSV.</translation>
    </message>
    <message>
        <source>Excel files cannot be written: the installed libxlsxwriter (%1) lacks functions Kempt needs. Install libxlsxwriter 1.1 or later, or export to CSV.</source>
        <translation>Не удаётся записывать файлы Excel: в установленной libxlsxwriter (%1) нет функций, нужных Kempt. Установите libxlsxwriter 1.1 или новее либо экспортируйте в CSV.</translation>
    </message>
    <message>
        <source>%1 is not a complete %2 file: the part %3 is missing. Open it in your spreadsheet program and save it again.</source>
        <translation>%1 — неполный файл %2: отсутствует часть %3. Откройте его в табличном редакторе и сохраните снова.</translation>
    </message>
    <message>
        <source>%1 was refused: its part %2 contains a document type declaration (DTD), which no %3 file needs and which can be used to attack the program reading it. Open the file in your spreadsheet program and save it again.</source>
        <translation>%1 отклонён: его часть %2 содержит объявление типа документа (DTD), которое не нужно ни одному файлу %3 и может использоваться для атаки на программу, читающую файл. Откройте файл в табличном редакторе и сохраните снова.</translation>
    </message>
    <message>
        <source>%1 cannot be read from the start: %2.</source>
        <translation>Не удаётся прочитать %1 с начала: %2.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). Export the spreadsheet again or choose another file.</source>
        <translation>%1 пуст (0 байт). Экспортируйте таблицу снова или выберите другой файл.</translation>
    </message>
    <message>
        <source>%1 is password protected (encrypted), or an old binary Excel file (.xls). Open it in your spreadsheet program, remove the password and save it as %2.</source>
        <translation>%1 защищён паролем (зашифрован) или является старым двоичным файлом Excel (.xls). Откройте его в табличном редакторе, снимите пароль и сохраните в формате %2.</translation>
    </message>
    <message>
        <source>%1 is not an %2 file: it is not a ZIP package. Check that you chose the right file; if it is text, import it as CSV.</source>
        <translation>%1 не является файлом %2: это не ZIP-пакет. Проверьте, что выбран нужный файл; если это текст, импортируйте его как CSV.</translation>
    </message>
    <message>
        <source>%1 is not a complete %2 file: the ZIP package is damaged or was cut short (truncated). Download or copy the file again, or open it in your spreadsheet program and save it again.</source>
        <translation>%1 — неполный файл %2: ZIP-пакет повреждён или обрезан. Скачайте или скопируйте файл снова либо откройте его в табличном редакторе и сохраните снова.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 parts, far more than any %3 file; Kempt does not open it. Open it in your spreadsheet program and save it again.</source>
        <translation>В %1 больше %2 частей — намного больше, чем в любом файле %3; Kempt не открывает такой файл. Откройте его в табличном редакторе и сохраните снова.</translation>
    </message>
    <message>
        <source>%1 is not a complete %2 file: its table of contents is damaged. Download or copy the file again, or open it in your spreadsheet program and save it again.</source>
        <translation>%1 — неполный файл %2: его оглавление повреждено. Скачайте или скопируйте файл снова либо откройте его в табличном редакторе и сохраните снова.</translation>
    </message>
    <message>
        <source>%1 is too large to read safely: its part %2 unpacks to %3 MB, and Kempt reads at most %4 MB. Split the spreadsheet into smaller files or save it as CSV.</source>
        <translation>%1 слишком велик для безопасного чтения: его часть %2 после распаковки занимает %3 МБ, а Kempt читает не более %4 МБ. Разделите таблицу на файлы поменьше или сохраните её как CSV.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be unpacked (the file may be truncated). Download or copy the file again, or open it in your spreadsheet program and save it again.</source>
        <translation>%1 повреждён: его часть %2 не удаётся распаковать (возможно, файл обрезан). Скачайте или скопируйте файл снова либо откройте его в табличном редакторе и сохраните снова.</translation>
    </message>
    <message>
        <source>%1 looks like a ZIP bomb: its part %2 would grow more than %3 times when unpacked. Kempt does not open it. If the file is genuine, open it in your spreadsheet program and save it as CSV.</source>
        <translation>%1 похож на ZIP-бомбу: его часть %2 при распаковке увеличилась бы более чем в %3 раз. Kempt не открывает такой файл. Если файл подлинный, откройте его в табличном редакторе и сохраните как CSV.</translation>
    </message>
    <message>
        <source>No workspace is open. Open or create one with the File menu, then import.</source>
        <translation>Рабочая область не открыта. Откройте или создайте её в меню «Файл», затем выполните импорт.</translation>
    </message>
    <message>
        <source>The file to import could not be opened.</source>
        <translation>Не удалось открыть файл для импорта.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Update empty fields</source>
        <translation>Заполнить пустые поля</translation>
    </message>
    <message>
        <source>Update and overwrite</source>
        <translation>Обновить с перезаписью</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Create as new</source>
        <translation>Создать новый</translation>
    </message>
    <message>
        <source>Contact %1 cannot be read to update it.</source>
        <translation>Не удаётся прочитать контакт %1 для обновления.</translation>
    </message>
    <message>
        <source>Rows %1 could not be merged: %2</source>
        <translation>Не удалось объединить строки %1: %2</translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>строка %1 (%2)</translation>
    </message>
    <message>
        <source>%1 = contact %2 (%3)</source>
        <translation>%1 = контакт %2 (%3)</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>точное</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>возможное</translation>
    </message>
    <message>
        <source>%1; %2, %3%: %4</source>
        <translation>%1; %2, %3%: %4</translation>
    </message>
    <message>
        <source>Looking for duplicates was cancelled; nothing was imported.</source>
        <translation>Поиск дубликатов отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Line %1 has %2 cells but the header has %3: a value holds the delimiter without quotes, so its cells would land in the wrong columns. Put that value in quotes, or remove the extra cells.</source>
        <translation>В строке %1 ячеек: %2, а в заголовке — %3: одно из значений содержит разделитель без кавычек, и его ячейки попали бы не в те столбцы. Заключите это значение в кавычки или удалите лишние ячейки.</translation>
    </message>
    <message>
        <source>Storing a note</source>
        <translation>Сохранение заметки</translation>
    </message>
    <message>
        <source>A mapping needs a name of 1 to 100 characters with a letter or digit, such as &quot;Google Contacts&quot;.</source>
        <translation>Сопоставлению нужно имя длиной от 1 до 100 символов, содержащее букву или цифру, например &quot;Google Contacts&quot;.</translation>
    </message>
    <message>
        <source>The mapping &quot;%1&quot; maps no column to a field. Map at least one column before saving it.</source>
        <translation>В сопоставлении &quot;%1&quot; ни один столбец не сопоставлен с полем. Сопоставьте хотя бы один столбец, прежде чем сохранять его.</translation>
    </message>
    <message>
        <source>There is no saved mapping &quot;%1&quot;.</source>
        <translation>Сохранённого сопоставления &quot;%1&quot; нет.</translation>
    </message>
    <message>
        <source>The saved mapping &quot;%1&quot; was made for other columns: %2</source>
        <translation>Сохранённое сопоставление &quot;%1&quot; составлено для других столбцов: %2</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose the file that holds the contacts.</source>
        <translation>%1 — это папка. Выберите файл с контактами.</translation>
    </message>
    <message>
        <source>%1 is %2; Kempt imports files of up to %3. Split it into smaller files (for example by country or by year) and import them one after the other.</source>
        <translation>Размер %1 — %2, а Kempt импортирует файлы размером до %3. Разделите его на файлы поменьше (например, по стране или по году) и импортируйте их по очереди.</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls), which Kempt does not read. Open it in your spreadsheet program, save it as .xlsx or CSV and import that.</source>
        <translation>%1 — книга Excel 97-2003 (.xls), которую Kempt не читает. Откройте её в табличном редакторе, сохраните в формате .xlsx или CSV и импортируйте полученный файл.</translation>
    </message>
    <message>
        <source>%1 cannot be read from its start. Copy it to a local folder and retry.</source>
        <translation>Не удаётся прочитать %1 с начала. Скопируйте файл в локальную папку и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet or a text file: it holds binary data. Export the contacts as CSV, XLSX or vCard and import that.</source>
        <translation>%1 не является таблицей или текстовым файлом: в нём двоичные данные. Экспортируйте контакты в CSV, XLSX или vCard и импортируйте полученный файл.</translation>
    </message>
    <message>
        <source>%1: the delimiter and the quote character are both %2. Choose two different characters.</source>
        <translation>%1: разделитель и символ кавычек совпадают (%2). Выберите два разных символа.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>%1 holds no contact card (BEGIN:VCARD). Export the contacts again or choose another file.</source>
        <translation>В %1 нет ни одной карточки контакта (BEGIN:VCARD). Экспортируйте контакты снова или выберите другой файл.</translation>
    </message>
    <message>
        <source>Other address: %1</source>
        <translation>Другой адрес: %1</translation>
    </message>
    <message>
        <source>Other address (%1): %2</source>
        <translation>Другой адрес (%1): %2</translation>
    </message>
    <message>
        <source>Other website: %1</source>
        <translation>Другой веб-сайт: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) had a picture (%1 in all), which was skipped: Kempt keeps no pictures.</source>
        <translation>
            <numerusform>В %Ln карточке было изображение (всего %1), оно пропущено: Kempt не хранит изображения.</numerusform>
            <numerusform>В %Ln карточках были изображения (всего %1), они пропущены: Kempt не хранит изображения.</numerusform>
            <numerusform>В %Ln карточках были изображения (всего %1), они пропущены: Kempt не хранит изображения.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>CSV or other delimited text</source>
        <translation>CSV или другой текст с разделителями</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (.ods)</source>
        <translation>Таблица OpenDocument (.ods)</translation>
    </message>
    <message>
        <source>vCard address book (.vcf)</source>
        <translation>Адресная книга vCard (.vcf)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Вертикальная черта ( | )</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>вертикальная черта</translation>
    </message>
    <message>
        <source>%1, detected</source>
        <translation>%1, определено автоматически</translation>
    </message>
    <message>
        <source>%1, as chosen</source>
        <translation>%1, выбрано вручную</translation>
    </message>
</context>
<context>
    <name>ImportUndoer</name>
    <message>
        <source>The import could not be undone.</source>
        <translation>Не удалось отменить импорт.</translation>
    </message>
</context>
<context>
    <name>Kempt</name>
    <message>
        <source>no output to write to</source>
        <translation>нет вывода для записи</translation>
    </message>
    <message>
        <source>Only contacts and companies can be exported to CSV.</source>
        <translation>В CSV можно экспортировать только контакты и компании.</translation>
    </message>
    <message>
        <source>The export was cancelled after %1 records; the output is incomplete.</source>
        <translation>Экспорт отменён после записей: %1; результат неполный.</translation>
    </message>
    <message>
        <source>Reading the records to export</source>
        <translation>Чтение записей для экспорта</translation>
    </message>
    <message>
        <source>Writing the export failed: %1. Check the free disk space and the target&apos;s permissions.</source>
        <translation>Не удалось записать экспорт: %1. Проверьте свободное место на диске и права доступа к месту назначения.</translation>
    </message>
    <message>
        <source>No workspace is open. Create one with File &gt; New first.</source>
        <translation>Рабочая область не открыта. Сначала создайте её: Файл &gt; Новая рабочая область.</translation>
    </message>
    <message>
        <source>The number of sample contacts cannot be negative.</source>
        <translation>Число демонстрационных контактов не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>загрузка демонстрационных данных</translation>
    </message>
    <message>
        <source>%1 already holds contacts. The sample data goes into an empty workspace; create one with File &gt; New.</source>
        <translation>%1 уже содержит контакты. Демонстрационные данные загружаются только в пустую рабочую область; создайте её: Файл &gt; Новая рабочая область.</translation>
    </message>
    <message>
        <source>Updating the change journal</source>
        <translation>Обновление журнала изменений</translation>
    </message>
    <message>
        <source>Restoring a row of %1</source>
        <translation>Восстановление строки таблицы %1</translation>
    </message>
    <message>
        <source>Reading the change journal</source>
        <translation>Чтение журнала изменений</translation>
    </message>
    <message>
        <source>Restoring %1.%2</source>
        <translation>Восстановление %1.%2</translation>
    </message>
    <message>
        <source>Removing a row of %1</source>
        <translation>Удаление строки таблицы %1</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>Keeping a copy before the upgrade</source>
        <translation>Сохранение копии перед обновлением</translation>
    </message>
    <message>
        <source>Creating the search index</source>
        <translation>Создание поискового индекса</translation>
    </message>
    <message>
        <source>Suspending the search index</source>
        <translation>Приостановка поискового индекса</translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation>Перестроение поискового индекса</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Диск заполнен. Освободите место и повторите попытку; ничего не изменено.</translation>
    </message>
    <message>
        <source>The workspace is busy in another program. Close it there and try again.</source>
        <translation>Рабочая область занята другой программой. Закройте её там и повторите попытку.</translation>
    </message>
    <message>
        <source>The workspace file is read-only. Make it writable and try again.</source>
        <translation>Файл рабочей области доступен только для чтения. Разрешите запись в него и повторите попытку.</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Restore it from a copy.</source>
        <translation>Файл рабочей области повреждён. Восстановите его из копии.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Операция «%1» не выполнена: %2</translation>
    </message>
    <message>
        <source>Starting a change</source>
        <translation>Начало изменения</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>Сохранение изменения</translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>У компании должно быть название.</translation>
    </message>
    <message>
        <source>The company no longer exists; it may have been deleted.</source>
        <translation>Компания больше не существует; возможно, она удалена.</translation>
    </message>
    <message>
        <source>There is no company called &quot;%1&quot;.</source>
        <translation>Компании с названием &quot;%1&quot; нет.</translation>
    </message>
    <message>
        <source>There is no owner called &quot;%1&quot;.</source>
        <translation>Ответственного с именем &quot;%1&quot; нет.</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose another file, or create a new workspace with File &gt; New.</source>
        <translation>%1 не существует. Выберите другой файл или создайте новую рабочую область: Файл &gt; Новая рабочая область.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file. Choose a .sqlite file.</source>
        <translation>%1 — это папка, а не файл рабочей области. Выберите файл .sqlite.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation>Не удаётся прочитать %1: %2. Проверьте права доступа к файлу.</translation>
    </message>
    <message>
        <source>%1 is empty, so it is not a Kempt workspace. Choose another file, or create a new workspace with File &gt; New.</source>
        <translation>%1 пуст, поэтому это не рабочая область Kempt. Выберите другой файл или создайте новую рабочую область: Файл &gt; Новая рабочая область.</translation>
    </message>
    <message>
        <source>%1 is not a Kempt workspace (it is not an SQLite database). To bring its contents into Kempt, use File &gt; Import.</source>
        <translation>%1 не является рабочей областью Kempt (это не база данных SQLite). Чтобы перенести его содержимое в Kempt, используйте Файл &gt; Импорт.</translation>
    </message>
    <message>
        <source>%1 is read-only. Kempt must be able to save changes: make the file writable, or copy it to a folder you can write to.</source>
        <translation>%1 доступен только для чтения. Kempt должен сохранять изменения: разрешите запись в файл или скопируйте его в папку, доступную для записи.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only, and SQLite keeps its journal next to the file. Move the workspace to a folder you can write to.</source>
        <translation>Папка файла %1 доступна только для чтения, а SQLite хранит журнал рядом с файлом. Переместите рабочую область в папку, доступную для записи.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File &gt; Open.</source>
        <translation>%1 уже существует. Выберите новое имя файла или откройте его: Файл &gt; Открыть.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created. Choose a folder you can write to.</source>
        <translation>Не удаётся создать папку для %1. Выберите папку, доступную для записи.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database (%2). Restore it from a copy.</source>
        <translation>%1 повреждён или не является базой данных (%2). Восстановите его из копии.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Kempt workspace. Kempt leaves it unchanged.</source>
        <translation>%1 — база данных SQLite, но не рабочая область Kempt. Kempt не будет её изменять.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Kempt (workspace format %2; this version reads up to %3). Update Kempt to open it.</source>
        <translation>%1 сохранён более новой версией Kempt (формат рабочей области %2; эта версия читает до %3). Обновите Kempt, чтобы открыть его.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a copy; Kempt leaves it unchanged.</source>
        <translation>%1 повреждён (%2). Восстановите его из копии; Kempt не будет его изменять.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: %2</source>
        <translation>Не удаётся открыть %1 для записи: %2</translation>
    </message>
    <message>
        <source>The SQLite driver did not give access to the database.</source>
        <translation>Драйвер SQLite не предоставил доступ к базе данных.</translation>
    </message>
    <message>
        <source>Updating the workspace format failed: %1</source>
        <translation>Не удалось обновить формат рабочей области: %1</translation>
    </message>
    <message>
        <source>A contact needs at least a name, an e-mail address or a company.</source>
        <translation>У контакта должно быть хотя бы имя, адрес эл. почты или компания.</translation>
    </message>
    <message>
        <source>The contact no longer exists; it may have been deleted for good.</source>
        <translation>Контакт больше не существует; возможно, он удалён навсегда.</translation>
    </message>
    <message>
        <source>%1 cannot be edited.</source>
        <translation>Поле «%1» нельзя изменить.</translation>
    </message>
    <message>
        <source>A view needs a name. Type one and save again.</source>
        <translation>Представлению нужно название. Введите его и сохраните снова.</translation>
    </message>
    <message>
        <source>The view no longer exists; it may have been deleted already.</source>
        <translation>Представление больше не существует; возможно, оно уже удалено.</translation>
    </message>
    <message>
        <source>The finished export cannot be read back: %1.</source>
        <translation>Не удаётся повторно прочитать готовый файл экспорта: %1.</translation>
    </message>
    <message>
        <source>Only contacts and companies can be exported to Excel.</source>
        <translation>В Excel можно экспортировать только контакты и компании.</translation>
    </message>
    <message>
        <source>No temporary folder can be created for the export: %1.</source>
        <translation>Не удаётся создать временную папку для экспорта: %1.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>Запись %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled after %1 records; nothing was written.</source>
        <translation>Экспорт отменён после записей: %1; ничего не записано.</translation>
    </message>
    <message>
        <source>Only contacts can be exported as vCards. Export companies to CSV or Excel.</source>
        <translation>В формате vCard можно экспортировать только контакты. Экспортируйте компании в CSV или Excel.</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Обновление поискового индекса</translation>
    </message>
    <message>
        <source>Restoring the trigger %1</source>
        <translation>Восстановление триггера %1</translation>
    </message>
</context>
<context>
    <name>Kempt::BoardCardList</name>
    <message>
        <source>Drop deals here to mark them won.</source>
        <translation>Перетащите сюда сделки, чтобы отметить их как выигранные.</translation>
    </message>
    <message>
        <source>Drop deals here to mark them lost; you will be asked why.</source>
        <translation>Перетащите сюда сделки, чтобы отметить их как проигранные; будет запрошена причина.</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>Нет сделок</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Drop here</source>
        <translation>Перетащите сюда</translation>
    </message>
    <message>
        <source>1 deal · %1</source>
        <translation>1 сделка · %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deals · %1</source>
        <translation>
            <numerusform>%Ln сделка · %1</numerusform>
            <numerusform>%Ln сделки · %1</numerusform>
            <numerusform>%Ln сделок · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kempt::BoardColumn</name>
    <message>
        <source>%1 · %2 weighted</source>
        <translation>%1 · взвешенная сумма %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in other currencies, not summed</source>
        <translation>
            <numerusform>ещё %Ln в других валютах, не суммируется</numerusform>
            <numerusform>ещё %Ln в других валютах, не суммируются</numerusform>
            <numerusform>ещё %Ln в других валютах, не суммируются</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 deal</source>
        <translation>%1: 1 сделка</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln deals</source>
        <translation>
            <numerusform>%1: %Ln сделка</numerusform>
            <numerusform>%1: %Ln сделки</numerusform>
            <numerusform>%1: %Ln сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>Default probability %1 %</source>
        <translation>Вероятность по умолчанию %1 %</translation>
    </message>
    <message>
        <source>A deal here longer than a day is marked as rotting.</source>
        <translation>Сделка, находящаяся здесь дольше суток, помечается как застоявшаяся.</translation>
    </message>
    <message numerus="yes">
        <source>A deal here longer than %Ln days is marked as rotting.</source>
        <translation>
            <numerusform>Сделка, находящаяся здесь дольше %Ln дня, помечается как застоявшаяся.</numerusform>
            <numerusform>Сделка, находящаяся здесь дольше %Ln дней, помечается как застоявшаяся.</numerusform>
            <numerusform>Сделка, находящаяся здесь дольше %Ln дней, помечается как застоявшаяся.</numerusform>
        </translation>
    </message>
    <message>
        <source>To enter, a deal needs %1.</source>
        <translation>Чтобы перейти на этот этап, в сделке должно быть заполнено: %1.</translation>
    </message>
</context>
<context>
    <name>Kempt::BoardFilterBar</name>
    <message>
        <source>Filter by title or company</source>
        <translation>Фильтр по названию или компании</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>Show one owner&apos;s deals</source>
        <translation>Показать сделки одного ответственного</translation>
    </message>
    <message>
        <source>Show deals expected to close in a period</source>
        <translation>Показать сделки с ожидаемым закрытием в указанный период</translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation>Любая дата закрытия</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Закрытие в этом месяце</translation>
    </message>
    <message>
        <source>Closing next month</source>
        <translation>Закрытие в следующем месяце</translation>
    </message>
    <message>
        <source>Closing this quarter</source>
        <translation>Закрытие в этом квартале</translation>
    </message>
    <message>
        <source>Closing in 90 days</source>
        <translation>Закрытие в течение 90 дней</translation>
    </message>
    <message>
        <source>Closing between…</source>
        <translation>Закрытие в период…</translation>
    </message>
</context>
<context>
    <name>Kempt::BulkUpdateDialog</name>
    <message>
        <source>Bulk Update</source>
        <translation>Массовое обновление</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Поле:</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>&amp;Новое значение:</translation>
    </message>
    <message>
        <source>Apply to:</source>
        <translation>Применить к:</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Sets one field to the same value on many records at once. A single Undo takes the whole change back.</source>
        <translation>Задаёт одно и то же значение поля сразу во многих записях. Одна отмена возвращает всё изменение.</translation>
    </message>
    <message>
        <source>This clears %1 on %2.</source>
        <translation>Поле «%1» будет очищено. Затронуто: %2.</translation>
    </message>
    <message>
        <source>This changes %1 to “%2” on %3.</source>
        <translation>Поле «%1» получит значение «%2». Затронуто: %3.</translation>
    </message>
</context>
<context>
    <name>Kempt::ColumnChooserDialog</name>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Tick the columns to show. Drag them to change their order.</source>
        <translation>Отметьте столбцы, которые нужно показать. Перетащите их, чтобы изменить порядок.</translation>
    </message>
</context>
<context>
    <name>Kempt::CompanyEditor</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>Custom &amp;Fields</source>
        <translation>&amp;Дополнительные поля</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>e.g. GmbH, Ltd, Inc.</source>
        <translation>например, ООО, АО, GmbH, Inc.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Legal form:</source>
        <translation>Правовая форма:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Отрасль:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Размер:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Ответс&amp;твенный:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Веб-сайт:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Тел&amp;ефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Эл. &amp;почта:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Т&amp;еги:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Улица:</translation>
    </message>
    <message>
        <source>Postcode, &amp;city:</source>
        <translation>Индекс, &amp;город:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Регио&amp;н:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>Стр&amp;ана:</translation>
    </message>
    <message>
        <source>C&amp;ontacts (%1)</source>
        <translation>&amp;Контакты (%1)</translation>
    </message>
    <message>
        <source>Save the company first; then notes and activities can be added.</source>
        <translation>Сначала сохраните компанию; затем можно будет добавлять заметки и действия.</translation>
    </message>
    <message>
        <source>Company – %1</source>
        <translation>Компания – %1</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Введите название компании.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Отбросить изменения</translation>
    </message>
    <message>
        <source>Close the editor and discard your changes to this company?</source>
        <translation>Закрыть редактор и отбросить изменения в этой компании?</translation>
    </message>
</context>
<context>
    <name>Kempt::ContactEditor</name>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Дом</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <source>&amp;Contact Info</source>
        <translation>&amp;Контактные данные</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>Сог&amp;ласие</translation>
    </message>
    <message>
        <source>Custom &amp;Fields</source>
        <translation>&amp;Дополнительные поля</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>Leave empty to use the name composed from its parts.</source>
        <translation>Оставьте пустым, чтобы использовать имя, составленное из частей.</translation>
    </message>
    <message>
        <source>Found or created by name</source>
        <translation>Находится или создаётся по названию</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation>Обращение:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Middle name:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Отображаемое имя:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>День рождения:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Веб-сайт:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Отдел:</translation>
    </message>
    <message>
        <source>Com&amp;pany:</source>
        <translation>Ко&amp;мпания:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Ответс&amp;твенный:</translation>
    </message>
    <message>
        <source>Lead source:</source>
        <translation>Источник лида:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Т&amp;еги:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Add E-mail Address</source>
        <translation>Добавить адрес эл. почты</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Add Phone Number</source>
        <translation>Добавить номер телефона</translation>
    </message>
    <message>
        <source>Add Profile</source>
        <translation>Добавить профиль</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Адреса эл. почты</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Номера телефонов</translation>
    </message>
    <message>
        <source>Social profiles</source>
        <translation>Профили в соцсетях</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Улица:</translation>
    </message>
    <message>
        <source>Postcode, &amp;city:</source>
        <translation>Индекс, &amp;город:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Регио&amp;н:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>Стр&amp;ана:</translation>
    </message>
    <message>
        <source>Do not send e-mail</source>
        <translation>Не отправлять письма</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Не звонить</translation>
    </message>
    <message>
        <source>e.g. asked by phone</source>
        <translation>например, попросил по телефону</translation>
    </message>
    <message>
        <source>Record what the person asked for, and when they unsubscribed.</source>
        <translation>Запишите, о чём попросил человек и когда он отписался.</translation>
    </message>
    <message>
        <source>Unsubscribed on:</source>
        <translation>Дата отписки:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Save the contact first; then notes and activities can be added.</source>
        <translation>Сначала сохраните контакт; затем можно будет добавлять заметки и действия.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Создано: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Изменено: %1</translation>
    </message>
    <message>
        <source>Last contacted %1</source>
        <translation>Последний контакт: %1</translation>
    </message>
    <message>
        <source>Contact – %1</source>
        <translation>Контакт – %1</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Enter a name, an e-mail address or a company, so that the contact can be found again.</source>
        <translation>Введите имя, адрес эл. почты или компанию, чтобы контакт можно было найти.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Correct it on the Contact Info tab or remove the row.</source>
        <translation>«%1» — не адрес эл. почты. Исправьте его на вкладке «Контактные данные» или удалите строку.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Отбросить изменения</translation>
    </message>
    <message>
        <source>Close the editor and discard your changes to this contact?</source>
        <translation>Закрыть редактор и отбросить изменения в этом контакте?</translation>
    </message>
    <message>
        <source>Merge %1 with %2</source>
        <translation>объединение %1 с %2</translation>
    </message>
    <message>
        <source>The contact was saved, but it could not be merged. Merge it in the Duplicates section.</source>
        <translation>Контакт сохранён, но объединить его не удалось. Объедините его в разделе «Дубликаты».</translation>
    </message>
</context>
<context>
    <name>Kempt::ContactPicker</name>
    <message>
        <source>Type a name, e-mail or company</source>
        <translation>Введите имя, адрес эл. почты или компанию</translation>
    </message>
</context>
<context>
    <name>Kempt::CustomFieldForm</name>
    <message>
        <source>A number, e.g. 42 or 3.5</source>
        <translation>Число, например 42 или 3.5</translation>
    </message>
</context>
<context>
    <name>Kempt::DealEditor</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <source>Custom &amp;Fields</source>
        <translation>&amp;Дополнительные поля</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>Stage &amp;History</source>
        <translation>&amp;История этапов</translation>
    </message>
    <message>
        <source>e.g. 40 seats for Acme</source>
        <translation>например, 40 лицензий для Acme</translation>
    </message>
    <message>
        <source>Found or created by name</source>
        <translation>Находится или создаётся по названию</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Stage default</source>
        <translation>По умолчанию для этапа</translation>
    </message>
    <message>
        <source>Untick to give this deal a probability of its own.</source>
        <translation>Снимите флажок, чтобы задать для этой сделки собственную вероятность.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>Com&amp;pany:</source>
        <translation>Ко&amp;мпания:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Контакт:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Ответс&amp;твенный:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход сделки</translation>
    </message>
    <message>
        <source>P&amp;ipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation>Ве&amp;роятность:</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>&amp;Ожидаемое закрытие:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <source>&amp;Lost reason:</source>
        <translation>&amp;Причина проигрыша:</translation>
    </message>
    <message>
        <source>Add a contact: type a name, e-mail or company</source>
        <translation>Добавить контакт: введите имя, адрес эл. почты или компанию</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>The contact on the Details tab is the deal&apos;s main contact; these take part too.</source>
        <translation>Контакт на вкладке «Сведения» — основной контакт сделки; эти контакты тоже участвуют в ней.</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>Другие контакты</translation>
    </message>
    <message>
        <source>When the deal entered and left each stage. Moves on the board and in this editor add to it.</source>
        <translation>Когда сделка попала на каждый этап и покинула его. Перемещения на доске и в этом редакторе дополняют историю.</translation>
    </message>
    <message>
        <source>Sales (made when saving)</source>
        <translation>Продажи (создаётся при сохранении)</translation>
    </message>
    <message>
        <source>Set the status to Open to move the deal.</source>
        <translation>Установите статус «Открыто», чтобы переместить сделку.</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Выберите причину</translation>
    </message>
    <message>
        <source>Save the deal first; then notes, activities and its stage history appear here.</source>
        <translation>Сначала сохраните сделку; затем здесь появятся заметки, действия и история этапов.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Создано: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Изменено: %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Закрыто: %1</translation>
    </message>
    <message>
        <source>Deal – %1</source>
        <translation>Сделка – %1</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>Give the deal a title, so that it can be found again.</source>
        <translation>Укажите название сделки, чтобы её можно было найти.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code. Use three letters, such as EUR or USD.</source>
        <translation>«%1» — не код валюты. Используйте три буквы, например EUR или USD.</translation>
    </message>
    <message>
        <source>No contact is called “%1”. Type part of a name and pick the contact from the list, or clear the field.</source>
        <translation>Контакта с именем «%1» нет. Введите часть имени и выберите контакт из списка или очистите поле.</translation>
    </message>
    <message>
        <source>Choose why the deal was lost.</source>
        <translation>Выберите, почему сделка проиграна.</translation>
    </message>
    <message>
        <source>The deal was not saved.</source>
        <translation>Сделка не сохранена.</translation>
    </message>
    <message>
        <source>Edit deal %1</source>
        <translation>изменение сделки %1</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Отбросить изменения</translation>
    </message>
    <message>
        <source>Close the editor and discard your changes to this deal?</source>
        <translation>Закрыть редактор и отбросить изменения в этой сделке?</translation>
    </message>
</context>
<context>
    <name>Kempt::DealReportChart</name>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
</context>
<context>
    <name>Kempt::DealReportsView</name>
    <message>
        <source>Export PNG…</source>
        <translation>Экспорт в PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Win Rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Sales Cycle</source>
        <translation>Цикл продаж</translation>
    </message>
    <message>
        <source>Time in Stage</source>
        <translation>Время на этапе</translation>
    </message>
    <message>
        <source>Won and Lost</source>
        <translation>Выигранные и проигранные</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Сохранить диаграмму как изображение PNG</translation>
    </message>
    <message>
        <source>Save the numbers as a CSV file for a spreadsheet</source>
        <translation>Сохранить данные в файл CSV для табличного редактора</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Все воронки</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>Open a workspace to see the reports of its deals.</source>
        <translation>Откройте рабочую область, чтобы увидеть отчёты по её сделкам.</translation>
    </message>
    <message>
        <source>Amounts are in %1. Deals in %2 are counted but left out of the sums, as there are no exchange rates.</source>
        <translation>Суммы указаны в %1. Сделки в %2 учитываются, но не входят в суммы, так как курсов валют нет.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose a folder you can write to.</source>
        <translation>Не удаётся записать %1: %2. Выберите папку, доступную для записи.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Kempt::DealsPage</name>
    <message>
        <source>The pipeline the board shows</source>
        <translation>Воронка, показанная на доске</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <source>Pipeline Settings…</source>
        <translation>Настройки воронки…</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>All Deals</source>
        <translation>Все сделки</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>Со&amp;хранить представление…</translation>
    </message>
    <message>
        <source>&amp;Delete “%1”…</source>
        <translation>&amp;Удалить «%1»…</translation>
    </message>
    <message>
        <source>&amp;Delete View…</source>
        <translation>&amp;Удалить представление…</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Сохранить представление</translation>
    </message>
    <message>
        <source>Name of the view of deals:</source>
        <translation>Название представления сделок:</translation>
    </message>
    <message>
        <source>A view named “%1” exists already. Replace it?</source>
        <translation>Представление «%1» уже существует. Заменить его?</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Удалить представление</translation>
    </message>
    <message>
        <source>Delete the view “%1”? The deals it shows stay as they are.</source>
        <translation>Удалить представление «%1»? Сделки, которые в нём показаны, останутся без изменений.</translation>
    </message>
</context>
<context>
    <name>Kempt::DuplicateActionDelegate</name>
    <message>
        <source>Import does</source>
        <translation>Действие импорта</translation>
    </message>
</context>
<context>
    <name>Kempt::DuplicateGroupModel</name>
    <message>
        <source>Contact %1</source>
        <translation>Контакт %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 и ещё %Ln</numerusform>
            <numerusform>%1 и ещё %Ln</numerusform>
            <numerusform>%1 и ещё %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>Точное</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Возможное</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Нет совпадения</translation>
    </message>
    <message>
        <source>Skipped: listed after the groups not looked at yet.</source>
        <translation>Пропущено: показывается после ещё не просмотренных групп.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 match, score %3, %Ln records</source>
        <translation>
            <numerusform>%1, совпадение: %2, оценка %3, %Ln запись</numerusform>
            <numerusform>%1, совпадение: %2, оценка %3, %Ln записи</numerusform>
            <numerusform>%1, совпадение: %2, оценка %3, %Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Sure: the records agree so much that they are almost certainly one person.
Possible: they may be one person; have a look before merging.</source>
        <translation>Точное: записи совпадают настолько, что почти наверняка относятся к одному человеку.
Возможное: записи могут относиться к одному человеку; проверьте их перед объединением.</translation>
    </message>
    <message>
        <source>Match weight in bits of the weakest link in the group: every bit doubles the odds that the records are one person.</source>
        <translation>Вес совпадения в битах для самой слабой связи в группе: каждый бит удваивает шансы того, что записи относятся к одному человеку.</translation>
    </message>
    <message>
        <source>Records in the group</source>
        <translation>Записи в группе</translation>
    </message>
</context>
<context>
    <name>Kempt::DuplicateReviewPanel</name>
    <message>
        <source>Contact %1</source>
        <translation>Контакт %1</translation>
    </message>
    <message>
        <source>Up and Down choose a field; 1 to 9 keep the value of that record. The first row chooses the record that is kept.</source>
        <translation>Стрелки вверх и вниз выбирают поле; клавиши от 1 до 9 оставляют значение соответствующей записи. Первая строка выбирает сохраняемую запись.</translation>
    </message>
    <message>
        <source>E-mail addresses, phone numbers, profiles, tags, notes, activities and deals of every record are kept.</source>
        <translation>Адреса эл. почты, номера телефонов, профили, теги, заметки, действия и сделки всех записей сохраняются.</translation>
    </message>
    <message>
        <source>The pair of records whose comparison is shown</source>
        <translation>Пара записей, сравнение которых показано</translation>
    </message>
    <message>
        <source>Why they match</source>
        <translation>Почему они совпадают</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two records of a pair</comment>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>The records no longer match on any field.</source>
        <translation>Записи больше не совпадают ни по одному полю.</translation>
    </message>
    <message>
        <source>Score in bits: the prior odds (%1) plus the weight of every field. Sure from %2 %, possible from %3 %.</source>
        <translation>Оценка в битах: априорные шансы (%1) плюс вес каждого поля. Точное совпадение — от %2 %, возможное — от %3 %.</translation>
    </message>
    <message>
        <source>Group %1 of %2</source>
        <translation>Группа %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>оценка %1</translation>
    </message>
    <message>
        <source>no field differs</source>
        <translation>все поля совпадают</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field differs</source>
        <translation>
            <numerusform>%Ln поле различается</numerusform>
            <numerusform>%Ln поля различаются</numerusform>
            <numerusform>%Ln полей различаются</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields differ</source>
        <translation>
            <numerusform>%Ln поле различается</numerusform>
            <numerusform>%Ln поля различаются</numerusform>
            <numerusform>%Ln полей различаются</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped before</source>
        <translation>ранее пропущено</translation>
    </message>
</context>
<context>
    <name>Kempt::DuplicateSection</name>
    <message>
        <source>Keep the value of record %1 for the current field (on the first row: keep record %1)</source>
        <translation>Оставить значение записи %1 для текущего поля (в первой строке — оставить запись %1)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Merge the records into the kept one, with the values chosen (M)</source>
        <translation>Объединить записи с сохраняемой, используя выбранные значения (M)</translation>
    </message>
    <message>
        <source>Not a Duplicate</source>
        <translation>Не дубликат</translation>
    </message>
    <message>
        <source>Remember that these are different people; later scans keep them apart (N)</source>
        <translation>Запомнить, что это разные люди; при следующих поисках они не попадут в одну группу (N)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Decide later: the group moves to the end of the list (S)</source>
        <translation>Решить позже: группа перемещается в конец списка (S)</translation>
    </message>
    <message>
        <source>Next Group</source>
        <translation>Следующая группа</translation>
    </message>
    <message>
        <source>Next group (J)</source>
        <translation>Следующая группа (J)</translation>
    </message>
    <message>
        <source>Previous Group</source>
        <translation>Предыдущая группа</translation>
    </message>
    <message>
        <source>Previous group (K)</source>
        <translation>Предыдущая группа (K)</translation>
    </message>
    <message>
        <source>Keep Record %1</source>
        <translation>Оставить запись %1</translation>
    </message>
    <message>
        <source>Compare every contact with the others in the background; the groups found replace those of the last scan, and your decisions are kept.</source>
        <translation>Сравнить каждый контакт с остальными в фоновом режиме; найденные группы заменят группы последнего поиска, а ваши решения сохранятся.</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Stop the scan; the groups of the last scan stay as they are.</source>
        <translation>Остановить поиск; группы последнего поиска останутся без изменений.</translation>
    </message>
    <message>
        <source>The group is back for review.</source>
        <translation>Группа снова ожидает проверки.</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>Рабочая область не открыта</translation>
    </message>
    <message>
        <source>Open or create a workspace with the File menu to look for duplicate contacts.</source>
        <translation>Откройте или создайте рабочую область в меню «Файл», чтобы искать дубликаты контактов.</translation>
    </message>
    <message>
        <source>No scan yet</source>
        <translation>Поиск ещё не выполнялся</translation>
    </message>
    <message>
        <source>A scan compares every contact with the others by name, e-mail, phone, company and address, and lists the records that look like one person, for you to merge or keep apart. It runs in the background; you can go on working.</source>
        <translation>Поиск сравнивает каждый контакт с остальными по имени, адресу эл. почты, телефону, компании и адресу и показывает записи, похожие на одного человека, чтобы вы могли объединить их или оставить раздельными. Поиск выполняется в фоновом режиме; вы можете продолжать работу.</translation>
    </message>
    <message>
        <source>No duplicates found</source>
        <translation>Дубликаты не найдены</translation>
    </message>
    <message>
        <source>The scan of %1 compared %2 contacts and found none that look like one person. Scan again after adding or importing contacts.</source>
        <translation>Поиск от %1: сравнено контактов — %2, похожих на одного человека не найдено. Повторите поиск после добавления или импорта контактов.</translation>
    </message>
    <message>
        <source>All duplicate groups reviewed</source>
        <translation>Все группы дубликатов проверены</translation>
    </message>
    <message>
        <source>Every group of the scan of %1 is merged or marked as different people. Scan again to look for new duplicates.</source>
        <translation>Все группы поиска от %1 объединены или отмечены как разные люди. Повторите поиск, чтобы найти новые дубликаты.</translation>
    </message>
    <message>
        <source>Scan for Duplicates</source>
        <translation>Найти дубликаты</translation>
    </message>
    <message>
        <source>Scan Again</source>
        <translation>Повторить поиск</translation>
    </message>
    <message numerus="yes">
        <source>Scan of %1 · %2 contacts compared · %Ln group to review</source>
        <translation>
            <numerusform>Поиск от %1 · сравнено контактов: %2 · %Ln группа для проверки</numerusform>
            <numerusform>Поиск от %1 · сравнено контактов: %2 · %Ln группы для проверки</numerusform>
            <numerusform>Поиск от %1 · сравнено контактов: %2 · %Ln групп для проверки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan of %1 · %2 contacts compared · %Ln groups to review</source>
        <translation>
            <numerusform>Поиск от %1 · сравнено контактов: %2 · %Ln группа для проверки</numerusform>
            <numerusform>Поиск от %1 · сравнено контактов: %2 · %Ln группы для проверки</numerusform>
            <numerusform>Поиск от %1 · сравнено контактов: %2 · %Ln групп для проверки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group</source>
        <translation>
            <numerusform>%Ln группа</numerusform>
            <numerusform>%Ln группы</numerusform>
            <numerusform>%Ln групп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln группа</numerusform>
            <numerusform>%Ln группы</numerusform>
            <numerusform>%Ln групп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sure</source>
        <translation>
            <numerusform>%Ln точная</numerusform>
            <numerusform>%Ln точные</numerusform>
            <numerusform>%Ln точных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible</source>
        <translation>
            <numerusform>%Ln возможная</numerusform>
            <numerusform>%Ln возможные</numerusform>
            <numerusform>%Ln возможных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln пропущена</numerusform>
            <numerusform>%Ln пропущены</numerusform>
            <numerusform>%Ln пропущено</numerusform>
        </translation>
    </message>
    <message>
        <source>Many grouped contacts changed since this scan, so its groups may be out of date. Scan again for current groups.</source>
        <translation>После этого поиска изменилось много контактов из групп, поэтому группы могут быть устаревшими. Повторите поиск, чтобы получить актуальные группы.</translation>
    </message>
    <message>
        <source>%1 %2 next / previous group · %3 %4 field · %5 keep that record&apos;s value · %6 merge · %7 not a duplicate · %8 skip · %9 undo</source>
        <translation>%1 %2 следующая / предыдущая группа · %3 %4 поле · %5 оставить значение этой записи · %6 объединить · %7 не дубликат · %8 пропустить · %9 отменить</translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln records into %1. Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>С %1 объединена %Ln запись. Правка ▸ Отменить вернёт её.</numerusform>
            <numerusform>С %1 объединены %Ln записи. Правка ▸ Отменить вернёт их.</numerusform>
            <numerusform>С %1 объединено %Ln записей. Правка ▸ Отменить вернёт их.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: remembered as different people; later scans keep them apart.</source>
        <translation>%1: запомнено как разные люди; при следующих поисках они не попадут в одну группу.</translation>
    </message>
    <message>
        <source>Skipped %1; it waits at the end of the list.</source>
        <translation>Пропущено: %1; группа ожидает в конце списка.</translation>
    </message>
    <message>
        <source>Scanning for duplicates… %1 %</source>
        <translation>Поиск дубликатов… %1 %</translation>
    </message>
    <message>
        <source>Scanning for duplicates…</source>
        <translation>Поиск дубликатов…</translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln duplicate group among %1 contacts.</source>
        <translation>
            <numerusform>Найдена %Ln группа дубликатов; сравнено контактов: %1.</numerusform>
            <numerusform>Найдены %Ln группы дубликатов; сравнено контактов: %1.</numerusform>
            <numerusform>Найдено %Ln групп дубликатов; сравнено контактов: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln duplicate groups among %1 contacts.</source>
        <translation>
            <numerusform>Найдена %Ln группа дубликатов; сравнено контактов: %1.</numerusform>
            <numerusform>Найдены %Ln группы дубликатов; сравнено контактов: %1.</numerusform>
            <numerusform>Найдено %Ln групп дубликатов; сравнено контактов: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kempt::DuplicateWarning</name>
    <message>
        <source>Open It</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>Open the contact already in the workspace, on top of this one</source>
        <translation>Открыть контакт, уже имеющийся в рабочей области, поверх этого</translation>
    </message>
    <message>
        <source>Save this contact and merge it with the one already in the workspace; Edit ▸ Undo takes it back</source>
        <translation>Сохранить этот контакт и объединить его с уже имеющимся в рабочей области; Правка ▸ Отменить вернёт всё обратно</translation>
    </message>
    <message>
        <source>Save this contact as a record of its own</source>
        <translation>Сохранить этот контакт как отдельную запись</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>контакт %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible duplicate of %1&lt;/b&gt; (%2).</source>
        <translation>&lt;b&gt;Возможный дубликат: %1&lt;/b&gt; (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other contact looks alike too.</source>
        <translation>
            <numerusform>Похож также ещё %Ln контакт.</numerusform>
            <numerusform>Похожи также ещё %Ln контакта.</numerusform>
            <numerusform>Похожи также ещё %Ln контактов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other contacts look alike too.</source>
        <translation>
            <numerusform>Похож также ещё %Ln контакт.</numerusform>
            <numerusform>Похожи также ещё %Ln контакта.</numerusform>
            <numerusform>Похожи также ещё %Ln контактов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also like: %1</source>
        <translation>Также похож на: %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>то же имя</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>похожее имя</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>тот же адрес эл. почты</translation>
    </message>
    <message>
        <source>similar e-mail address</source>
        <translation>похожий адрес эл. почты</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>тот же номер телефона</translation>
    </message>
    <message>
        <source>almost the same phone number</source>
        <translation>почти тот же номер телефона</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>та же компания</translation>
    </message>
    <message>
        <source>similar company</source>
        <translation>похожая компания</translation>
    </message>
    <message>
        <source>same birthday</source>
        <translation>тот же день рождения</translation>
    </message>
    <message>
        <source>nearly the same birthday</source>
        <translation>почти тот же день рождения</translation>
    </message>
    <message>
        <source>same street address</source>
        <translation>тот же адрес</translation>
    </message>
    <message>
        <source>similar details</source>
        <translation>похожие данные</translation>
    </message>
</context>
<context>
    <name>Kempt::ExportDialog</name>
    <message>
        <source>Every record of the current view: %1</source>
        <translation>Все записи текущего представления: %1</translation>
    </message>
    <message>
        <source>Only the selected records: %1</source>
        <translation>Только выбранные записи: %1</translation>
    </message>
    <message>
        <source>Start with a byte order mark, so that Excel on Windows reads the accents right</source>
        <translation>Начать с метки порядка байтов, чтобы Excel в Windows правильно отображал символы</translation>
    </message>
    <message>
        <source>Export Companies</source>
        <translation>Экспорт компаний</translation>
    </message>
    <message>
        <source>Export Deals</source>
        <translation>Экспорт сделок</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Экспорт контактов</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>CSV (comma-separated text, for any spreadsheet or CRM)</source>
        <translation>CSV (текст с разделителями-запятыми, для любого табличного редактора или CRM)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>vCard 3.0 (address books: Apple, Google, Outlook)</source>
        <translation>vCard 3.0 (адресные книги: Apple, Google, Outlook)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>Only contacts and companies can be exported to Excel.</source>
        <translation>В Excel можно экспортировать только контакты и компании.</translation>
    </message>
    <message>
        <source>Only contacts can be exported as vCards.</source>
        <translation>В формате vCard можно экспортировать только контакты.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Книги Excel (*.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf);;All files (*)</source>
        <translation>Файлы vCard (*.vcf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose another file name for the export.</source>
        <translation>%1 — это сама рабочая область; выберите для экспорта другое имя файла.</translation>
    </message>
    <message>
        <source>Writing %1 to %2…</source>
        <translation>Запись %1 в %2…</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Экспортировано в %2: %1.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>Kempt::FieldValueEditor</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Leave empty to clear %1</source>
        <translation>Оставьте пустым, чтобы очистить поле «%1»</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>Kempt::FixPreviewDialog</name>
    <message>
        <source>Apply Fixes</source>
        <translation>Применение исправлений</translation>
    </message>
    <message>
        <source>Working out what the fix would change…</source>
        <translation>Определение того, что изменит исправление…</translation>
    </message>
    <message>
        <source>&amp;Apply Fixes</source>
        <translation>&amp;Применить исправления</translation>
    </message>
    <message>
        <source>The fixes are applied as one change: a single Undo takes all of them back.</source>
        <translation>Исправления применяются одним изменением: одна отмена возвращает их все.</translation>
    </message>
    <message>
        <source>Nothing to change: every value already follows this rule.</source>
        <translation>Изменять нечего: все значения уже соответствуют этому правилу.</translation>
    </message>
    <message>
        <source>The fix changes %1. Examples:</source>
        <translation>Исправление изменит: %1. Примеры:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Working out what the fix would change… %1 of %2 records</source>
        <translation>Расчёт изменений исправления… %1 из %2 записей</translation>
    </message>
    <message>
        <source>Stop working out the fixes and close; nothing is changed.</source>
        <translation>Прекратить расчёт исправлений и закрыть; ничего не изменится.</translation>
    </message>
</context>
<context>
    <name>Kempt::FixSampleModel</name>
    <message>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <source>Phone (E.164)</source>
        <translation>Телефон (E.164)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportCleanupPage</name>
    <message>
        <source>&amp;Apply the style guide&apos;s fixes (recommended)</source>
        <translation>&amp;Применить исправления из руководства по стилю (рекомендуется)</translation>
    </message>
    <message>
        <source>&amp;Keep the values as the file has them; the issues are still listed on the dashboard</source>
        <translation>&amp;Сохранить значения в том виде, в каком они есть в файле; проблемы всё равно будут показаны на панели качества данных</translation>
    </message>
    <message>
        <source>&amp;Reject rows with errors the style guide blocks saving for</source>
        <translation>&amp;Отклонять строки с ошибками, при которых руководство по стилю запрещает сохранение</translation>
    </message>
    <message>
        <source>Show only rows that change or have issues</source>
        <translation>Показывать только изменяемые строки и строки с проблемами</translation>
    </message>
    <message>
        <source>Clean Up</source>
        <translation>Очистка</translation>
    </message>
    <message>
        <source>Every row goes through the workspace&apos;s style guide. Struck-through values are what the file says; beside them is what will be stored.</source>
        <translation>Каждая строка проверяется по руководству по стилю рабочей области. Зачёркнутые значения — это то, что указано в файле; рядом показано, что будет сохранено.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>The style guide has nothing to correct.</source>
        <translation>Руководству по стилю нечего исправлять.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows</source>
        <translation>
            <numerusform>Первые строки (%Ln)</numerusform>
            <numerusform>Первые строки (%Ln)</numerusform>
            <numerusform>Первые строки (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value fixed</source>
        <translation>
            <numerusform>исправлено %Ln значение</numerusform>
            <numerusform>исправлено %Ln значения</numerusform>
            <numerusform>исправлено %Ln значений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values fixed</source>
        <translation>
            <numerusform>исправлено %Ln значение</numerusform>
            <numerusform>исправлено %Ln значения</numerusform>
            <numerusform>исправлено %Ln значений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with warnings</source>
        <translation>
            <numerusform>%Ln с предупреждениями</numerusform>
            <numerusform>%Ln с предупреждениями</numerusform>
            <numerusform>%Ln с предупреждениями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with errors</source>
        <translation>
            <numerusform>%Ln с ошибками</numerusform>
            <numerusform>%Ln с ошибками</numerusform>
            <numerusform>%Ln с ошибками</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln отклонена</numerusform>
            <numerusform>%Ln отклонены</numerusform>
            <numerusform>%Ln отклонено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kempt::ImportDuplicateModel</name>
    <message>
        <source>Every row becomes a contact of its own.</source>
        <translation>Каждая строка становится отдельным контактом.</translation>
    </message>
    <message>
        <source>No row is imported; %1 stays as it is.</source>
        <translation>Ни одна строка не импортируется; %1 остаётся без изменений.</translation>
    </message>
    <message>
        <source>The first row is imported, the others are not.</source>
        <translation>Импортируется первая строка, остальные — нет.</translation>
    </message>
    <message>
        <source>The rows fill the empty fields of %1 and add the e-mail addresses, phone numbers and tags it lacks.</source>
        <translation>Контакт %1: строки заполняют его пустые поля и добавляют недостающие адреса эл. почты, номера телефонов и теги.</translation>
    </message>
    <message>
        <source>The first row is imported; the others fill its empty fields.</source>
        <translation>Импортируется первая строка; остальные заполняют её пустые поля.</translation>
    </message>
    <message>
        <source>The file&apos;s values replace those of %1; nothing is emptied or dropped.</source>
        <translation>Контакт %1: значения из файла заменяют его значения; ничего не очищается и не удаляется.</translation>
    </message>
    <message>
        <source>The first row is imported; later rows replace its values.</source>
        <translation>Импортируется первая строка; последующие строки заменяют её значения.</translation>
    </message>
    <message>
        <source>The rows are imported and merged into %1, with a merge history that can be unmerged.</source>
        <translation>Строки импортируются и объединяются с %1; история объединения сохраняется, и его можно отменить.</translation>
    </message>
    <message>
        <source>The rows are imported and merged into one contact.</source>
        <translation>Строки импортируются и объединяются в один контакт.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Only in the file</source>
        <translation>Только в файле</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 и ещё %Ln</numerusform>
            <numerusform>%1 и ещё %Ln</numerusform>
            <numerusform>%1 и ещё %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Sure · %1 %</source>
        <translation>Точное · %1 %</translation>
    </message>
    <message>
        <source>Possible · %1 %</source>
        <translation>Возможное · %1 %</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Строки файла</translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation>Существующий контакт</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>Import does</source>
        <translation>Действие импорта</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportDuplicatesPage</name>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Rows that are the same person as a contact you already have, or as another row of the file. Choose what the import does with each group.</source>
        <translation>Строки, описывающие того же человека, что и уже имеющийся контакт или другая строка файла. Выберите, что импорт сделает с каждой группой.</translation>
    </message>
    <message>
        <source>&amp;For every group:</source>
        <translation>&amp;Для всех групп:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Почему:</translation>
    </message>
    <message>
        <source>Looking for rows that are already in the workspace or appear twice in the file…</source>
        <translation>Поиск строк, которые уже есть в рабочей области или встречаются в файле дважды…</translation>
    </message>
    <message>
        <source>Duplicates could not be looked for: %1 Every row will become a new contact.</source>
        <translation>Не удалось выполнить поиск дубликатов: %1 Каждая строка станет новым контактом.</translation>
    </message>
    <message>
        <source>No duplicates: every row is someone new.</source>
        <translation>Дубликатов нет: каждая строка — новый человек.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group of duplicates</source>
        <translation>
            <numerusform>%Ln группа дубликатов</numerusform>
            <numerusform>%Ln группы дубликатов</numerusform>
            <numerusform>%Ln групп дубликатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups of duplicates</source>
        <translation>
            <numerusform>%Ln группа дубликатов</numerusform>
            <numerusform>%Ln группы дубликатов</numerusform>
            <numerusform>%Ln групп дубликатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches a contact you already have</source>
        <translation>
            <numerusform>%Ln совпадает с существующим контактом</numerusform>
            <numerusform>%Ln совпадают с существующими контактами</numerusform>
            <numerusform>%Ln совпадают с существующими контактами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match contacts you already have</source>
        <translation>
            <numerusform>%Ln совпадает с существующим контактом</numerusform>
            <numerusform>%Ln совпадают с существующими контактами</numerusform>
            <numerusform>%Ln совпадают с существующими контактами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln is only in the file.</source>
        <translation>
            <numerusform>%Ln есть только в файле.</numerusform>
            <numerusform>%Ln есть только в файле.</numerusform>
            <numerusform>%Ln есть только в файле.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are only in the file.</source>
        <translation>
            <numerusform>%Ln есть только в файле.</numerusform>
            <numerusform>%Ln есть только в файле.</numerusform>
            <numerusform>%Ln есть только в файле.</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>строка %1 (%2)</translation>
    </message>
    <message>
        <source>%1, already in the workspace</source>
        <translation>%1, уже в рабочей области</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 и %2: %3</translation>
    </message>
    <message>
        <source>Recommended: sure matches fill empty fields, possible ones are new</source>
        <translation>Рекомендуется: точные совпадения заполняют пустые поля, возможные создаются заново</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Found in the file</source>
        <translation>Найдено в файле</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <source>Contacts come in from CSV or other delimited text, Excel (.xlsx), OpenDocument (.ods) or vCard (.vcf) files. You can also drop the file here.</source>
        <translation>Контакты импортируются из файлов CSV или другого текста с разделителями, Excel (.xlsx), OpenDocument (.ods) или vCard (.vcf). Файл можно также перетащить сюда.</translation>
    </message>
    <message>
        <source>The file with the contacts</source>
        <translation>Файл с контактами</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <source>Contact files (%1);;All files (*)</source>
        <translation>Файлы контактов (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <source>Sheets:</source>
        <translation>Листы:</translation>
    </message>
    <message>
        <source>%1; reading “%2”</source>
        <translation>%1; читается «%2»</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Заголовки:</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>None; the columns are numbered</source>
        <translation>Нет; столбцы пронумерованы</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Строки:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row of data</source>
        <translation>
            <numerusform>%Ln строка данных</numerusform>
            <numerusform>%Ln строки данных</numerusform>
            <numerusform>%Ln строк данных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows of data</source>
        <translation>
            <numerusform>%Ln строка данных</numerusform>
            <numerusform>%Ln строки данных</numerusform>
            <numerusform>%Ln строк данных</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 rows of data</source>
        <translation>Строк данных больше %1</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportFormatPage</name>
    <message>
        <source>Check How the File Is Read</source>
        <translation>Проверка чтения файла</translation>
    </message>
    <message>
        <source>Kempt found these settings by itself. If the rows below look wrong (odd letters, everything in one column, headers among the data), change them.</source>
        <translation>Kempt определил эти параметры автоматически. Если строки ниже выглядят неправильно (странные буквы, всё в одном столбце, заголовки среди данных), измените их.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>&amp;Headers in:</source>
        <translation>&amp;Заголовки в:</translation>
    </message>
    <message>
        <source>Detect (found: %1)</source>
        <translation>Определять автоматически (найдено: %1)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Определять автоматически</translation>
    </message>
    <message>
        <source>Detect (found: row %1)</source>
        <translation>Определять автоматически (найдено: строка %1)</translation>
    </message>
    <message>
        <source>Detect (found: none)</source>
        <translation>Определять автоматически (не найдено)</translation>
    </message>
    <message>
        <source>No header row: the first row is data</source>
        <translation>Без строки заголовков: первая строка — данные</translation>
    </message>
    <message>
        <source>Row %1 of the rows with values</source>
        <translation>Строка %1 из строк со значениями</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportHistoryDialog</name>
    <message>
        <source>Nothing was imported into this workspace yet. File ▸ Import… brings contacts in from a CSV, Excel, OpenDocument or vCard file.</source>
        <translation>В эту рабочую область ещё ничего не импортировалось. Файл ▸ Импорт… загружает контакты из файла CSV, Excel, OpenDocument или vCard.</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>&amp;Отменить этот импорт</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <source>Removes the contacts the import created and gives the records it changed their old values back. Edit ▸ Redo brings the import back.</source>
        <translation>Удаляет контакты, созданные импортом, и возвращает прежние значения записям, которые он изменил. Правка ▸ Повторить возвращает импорт.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <source>Undo the import of %1? The contacts it created (%2) are removed and the records it changed get their old values back. Edit ▸ Redo brings the import back.</source>
        <translation>Отменить импорт %1? Созданные им контакты (%2) будут удалены, а изменённые им записи получат прежние значения. Правка ▸ Повторить возвращает импорт.</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportHistoryModel</name>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Did not finish</source>
        <translation>Не завершён</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Прерван</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Import %1 of %2 on %3: %4</source>
        <translation>Импорт %1 файла %2, %3: %4</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Дата импорта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportMappingModel</name>
    <message>
        <source>Do not import</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Дополнительное: %1</translation>
    </message>
    <message>
        <source>New custom field: %1</source>
        <translation>Новое дополнительное поле: %1</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>E-mail: its label</source>
        <translation>Эл. почта: метка</translation>
    </message>
    <message>
        <source>Phone: its label</source>
        <translation>Телефон: метка</translation>
    </message>
    <message>
        <source>Birthday: year</source>
        <translation>День рождения: год</translation>
    </message>
    <message>
        <source>Birthday: month</source>
        <translation>День рождения: месяц</translation>
    </message>
    <message>
        <source>Birthday: day</source>
        <translation>День рождения: день</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Не импортируется.</translation>
    </message>
    <message>
        <source>Goes into the custom field %1.</source>
        <translation>Попадает в дополнительное поле %1.</translation>
    </message>
    <message>
        <source>The import creates the text field %1.</source>
        <translation>Импорт создаст текстовое поле %1.</translation>
    </message>
    <message>
        <source>Work, home or other: the label of the e-mail address beside it.</source>
        <translation>Работа, дом или другое: метка соседнего адреса эл. почты.</translation>
    </message>
    <message>
        <source>Work, home, mobile or other: the label of the phone number beside it.</source>
        <translation>Работа, дом, мобильный или другое: метка соседнего номера телефона.</translation>
    </message>
    <message>
        <source>Put together with the other parts of the birthday.</source>
        <translation>Объединяется с остальными частями дня рождения.</translation>
    </message>
    <message>
        <source>Becomes a note on the contact.</source>
        <translation>Становится заметкой к контакту.</translation>
    </message>
    <message>
        <source>Becomes a note on the contact, with %1.</source>
        <translation>Становится заметкой к контакту вместе с %1.</translation>
    </message>
    <message>
        <source>Split into salutation, first, middle and last name.</source>
        <translation>Разделяется на обращение, имя, отчество и фамилию.</translation>
    </message>
    <message>
        <source>Tags separated by commas or semicolons.</source>
        <translation>Теги, разделённые запятыми или точками с запятой.</translation>
    </message>
    <message>
        <source>Kept as separate values together with %1.</source>
        <translation>Сохраняется как отдельные значения вместе с %1.</translation>
    </message>
    <message>
        <source>Joined with %1 into one value.</source>
        <translation>Объединяется с %1 в одно значение.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>Импортируется в</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportMappingPage</name>
    <message>
        <source>&amp;Save as Profile…</source>
        <translation>&amp;Сохранить как профиль…</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>&amp;Удалить профиль</translation>
    </message>
    <message>
        <source>Match the Columns</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Each column of the file goes into a field of the contact, or is left out. Kempt matched them by their headers; change any of them below.</source>
        <translation>Каждый столбец файла попадает в поле контакта или пропускается. Kempt сопоставил их по заголовкам; любое сопоставление можно изменить ниже.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Профиль:</translation>
    </message>
    <message>
        <source>Matched by the headers</source>
        <translation>Сопоставлено по заголовкам</translation>
    </message>
    <message>
        <source>The profile “%1” is gone.</source>
        <translation>Профиль «%1» больше не существует.</translation>
    </message>
    <message>
        <source>Matched with the profile “%1”, saved for files with these headers.</source>
        <translation>Сопоставлено по профилю «%1», сохранённому для файлов с такими заголовками.</translation>
    </message>
    <message>
        <source>Save Mapping Profile</source>
        <translation>Сохранение профиля сопоставления</translation>
    </message>
    <message>
        <source>Name of the profile (offered again for files with these headers):</source>
        <translation>Название профиля (будет предложен снова для файлов с такими заголовками):</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already. Replace it?</source>
        <translation>Профиль «%1» уже существует. Заменить его?</translation>
    </message>
    <message>
        <source>Saved as “%1”. Files with these headers will be matched the same way.</source>
        <translation>Сохранено как «%1». Файлы с такими заголовками будут сопоставляться так же.</translation>
    </message>
    <message>
        <source>Delete Mapping Profile</source>
        <translation>Удаление профиля сопоставления</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? The columns stay matched as they are now.</source>
        <translation>Удалить профиль «%1»? Текущее сопоставление столбцов останется без изменений.</translation>
    </message>
    <message>
        <source>The one column is imported.</source>
        <translation>Единственный столбец импортируется.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln columns are imported.</source>
        <translation>
            <numerusform>Импортируется столбцов: %1 из %Ln.</numerusform>
            <numerusform>Импортируется столбцов: %1 из %Ln.</numerusform>
            <numerusform>Импортируется столбцов: %1 из %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>No column goes into a contact field yet. Choose a field for the column that holds the names or e-mail addresses.</source>
        <translation>Ни один столбец пока не сопоставлен с полем контакта. Выберите поле для столбца с именами или адресами эл. почты.</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportPreviewModel</name>
    <message>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fixed</source>
        <translation>
            <numerusform>%Ln исправление</numerusform>
            <numerusform>%Ln исправления</numerusform>
            <numerusform>%Ln исправлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Row %1 will not be imported: %2</source>
        <translation>Строка %1 не будет импортирована: %2</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>В файле: %1</translation>
    </message>
    <message>
        <source>Stored as: %1</source>
        <translation>Сохраняется как: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error</source>
        <translation>
            <numerusform>%Ln ошибка</numerusform>
            <numerusform>%Ln ошибки</numerusform>
            <numerusform>%Ln ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln ошибка</numerusform>
            <numerusform>%Ln ошибки</numerusform>
            <numerusform>%Ln ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning</source>
        <translation>
            <numerusform>%Ln предупреждение</numerusform>
            <numerusform>%Ln предупреждения</numerusform>
            <numerusform>%Ln предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln предупреждение</numerusform>
            <numerusform>%Ln предупреждения</numerusform>
            <numerusform>%Ln предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportProgressPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Stops the import; the workspace stays exactly as it was before.</source>
        <translation>Останавливает импорт; рабочая область останется точно такой же, как была.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>%1 goes into %2 as one change that can be undone.</source>
        <translation>%1 импортируется в %2 одним изменением, которое можно отменить.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row read</source>
        <translation>
            <numerusform>Прочитана %Ln строка</numerusform>
            <numerusform>Прочитано %Ln строки</numerusform>
            <numerusform>Прочитано %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows read</source>
        <translation>
            <numerusform>Прочитана %Ln строка</numerusform>
            <numerusform>Прочитано %Ln строки</numerusform>
            <numerusform>Прочитано %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows a second</source>
        <translation>строк в секунду: %1</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minutes left</source>
        <translation>
            <numerusform>осталось около %Ln минуты</numerusform>
            <numerusform>осталось около %Ln минут</numerusform>
            <numerusform>осталось около %Ln минут</numerusform>
        </translation>
    </message>
    <message>
        <source>about a minute left</source>
        <translation>осталось около минуты</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln seconds left</source>
        <translation>
            <numerusform>осталось около %Ln секунды</numerusform>
            <numerusform>осталось около %Ln секунд</numerusform>
            <numerusform>осталось около %Ln секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>about a second left</source>
        <translation>осталось около секунды</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportSummaryPage</name>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>&amp;Сохранить отклонённые строки…</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>&amp;Отменить этот импорт</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Left for the Data Quality dashboard</source>
        <translation>Оставлено для панели качества данных</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Причина отклонения</translation>
    </message>
    <message>
        <source>Removes the contacts this import created and gives the records it changed their old values back. Edit ▸ Redo brings the import back.</source>
        <translation>Удаляет контакты, созданные этим импортом, и возвращает прежние значения записям, которые он изменил. Правка ▸ Повторить возвращает импорт.</translation>
    </message>
    <message>
        <source>%1 is in %2. Everything it did is one change: Undo This Import takes all of it back.</source>
        <translation>%1 импортирован в %2. Всё, что он сделал, — одно изменение: «Отменить этот импорт» отменяет его целиком.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Прочитано строк:</translation>
    </message>
    <message>
        <source>Contacts created:</source>
        <translation>Создано контактов:</translation>
    </message>
    <message>
        <source>Contacts updated:</source>
        <translation>Обновлено контактов:</translation>
    </message>
    <message>
        <source>Contacts merged:</source>
        <translation>Объединено контактов:</translation>
    </message>
    <message>
        <source>Rows skipped:</source>
        <translation>Пропущено строк:</translation>
    </message>
    <message>
        <source>Rows rejected:</source>
        <translation>Отклонено строк:</translation>
    </message>
    <message>
        <source>Values fixed by the style guide:</source>
        <translation>Исправлено значений по руководству по стилю:</translation>
    </message>
    <message>
        <source>The style guide found nothing left to correct.</source>
        <translation>Руководство по стилю не нашло, что ещё исправить.</translation>
    </message>
    <message>
        <source>%1 rejected.csv</source>
        <translation>%1 отклонённые.csv</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Сохранение отклонённых строк</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 cannot be replaced. Choose another name.</source>
        <translation>Не удаётся заменить %1. Выберите другое имя.</translation>
    </message>
    <message>
        <source>The rejected rows cannot be saved as %1. Choose a folder you can write to.</source>
        <translation>Не удаётся сохранить отклонённые строки как %1. Выберите папку, доступную для записи.</translation>
    </message>
    <message>
        <source>The rejected rows and their reasons are in %1.</source>
        <translation>Отклонённые строки и причины отклонения записаны в %1.</translation>
    </message>
    <message>
        <source>The import was undone: the workspace is as it was before. Edit ▸ Redo brings the import back.</source>
        <translation>Импорт отменён: рабочая область такая же, как была до него. Правка ▸ Повторить возвращает импорт.</translation>
    </message>
</context>
<context>
    <name>Kempt::ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Choose the file that holds the contacts.</source>
        <translation>Выберите файл с контактами.</translation>
    </message>
    <message>
        <source>%1 has no rows of data after its header row. Choose another header row, sheet or file.</source>
        <translation>В %1 нет строк данных после строки заголовков. Выберите другую строку заголовков, лист или файл.</translation>
    </message>
</context>
<context>
    <name>Kempt::LabeledValueList</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Основной</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Kempt::MainWindow</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Новая рабочая область…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Н&amp;едавние рабочие области</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Current View as &amp;CSV…</source>
        <translation>Текущее представление в &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Selected Records as CSV…</source>
        <translation>&amp;Выбранные записи в CSV…</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>Загрузить &amp;демонстрационные данные</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>&amp;Delete to Trash</source>
        <translation>&amp;Удалить в корзину</translation>
    </message>
    <message>
        <source>Res&amp;tore from Trash</source>
        <translation>В&amp;осстановить из корзины</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>Ко&amp;мпании</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>Ко&amp;рзина</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>Co&amp;lumns…</source>
        <translation>&amp;Столбцы…</translation>
    </message>
    <message>
        <source>Show Side&amp;bar</source>
        <translation>&amp;Боковая панель</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <source>New &amp;Contact…</source>
        <translation>Новый &amp;контакт…</translation>
    </message>
    <message>
        <source>New Co&amp;mpany…</source>
        <translation>Новая ко&amp;мпания…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Bulk Update…</source>
        <translation>&amp;Массовое обновление…</translation>
    </message>
    <message>
        <source>&amp;Add Tags…</source>
        <translation>&amp;Добавить теги…</translation>
    </message>
    <message>
        <source>&amp;Remove Tags…</source>
        <translation>&amp;Снять теги…</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>Со&amp;хранить представление…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Теги…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Kempt</source>
        <translation>&amp;О программе Kempt</translation>
    </message>
    <message>
        <source>%1 – Kempt</source>
        <translation>%1 – Kempt</translation>
    </message>
    <message>
        <source>&amp;Delete for Good…</source>
        <translation>&amp;Удалить навсегда…</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Рабочая область не открыта.</translation>
    </message>
    <message>
        <source>%1 in the trash</source>
        <translation>%1 в корзине</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>выбрано: %1</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Новая рабочая область</translation>
    </message>
    <message>
        <source>/Customers.sqlite</source>
        <translation>/Клиенты.sqlite</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Открыть рабочую область</translation>
    </message>
    <message>
        <source>%1 copy.%2</source>
        <translation>%1 копия.%2</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Копия сохранена как %1.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Экспорт: %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln records to %1.</source>
        <translation>
            <numerusform>Экспортирована %Ln запись в %1.</numerusform>
            <numerusform>Экспортировано %Ln записи в %1.</numerusform>
            <numerusform>Экспортировано %Ln записей в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Сохранить представление</translation>
    </message>
    <message>
        <source>Name of the view of companies:</source>
        <translation>Название представления компаний:</translation>
    </message>
    <message>
        <source>Name of the view of contacts:</source>
        <translation>Название представления контактов:</translation>
    </message>
    <message>
        <source>A view named “%1” exists already. Replace it?</source>
        <translation>Представление «%1» уже существует. Заменить его?</translation>
    </message>
    <message>
        <source>Saved the view “%1”.</source>
        <translation>Представление «%1» сохранено.</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Удалить представление</translation>
    </message>
    <message>
        <source>Delete the view “%1”? The records it shows stay as they are.</source>
        <translation>Удалить представление «%1»? Записи, которые в нём показаны, останутся без изменений.</translation>
    </message>
    <message>
        <source>About Kempt</source>
        <translation>О программе Kempt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kempt %1&lt;/h3&gt;&lt;p&gt;A desktop CRM that keeps customer data clean.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kempt %1&lt;/h3&gt;&lt;p&gt;Настольная CRM-система, которая поддерживает чистоту данных о клиентах.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Showing %1: %2. Records ▸ Save View keeps this list.</source>
        <translation>Показано: %1, %2. Чтобы сохранить этот список, выберите Записи ▸ Сохранить представление.</translation>
    </message>
    <message>
        <source>Data &amp;Quality Dashboard</source>
        <translation>Панель качества &amp;данных</translation>
    </message>
    <message>
        <source>St&amp;yle Guide</source>
        <translation>Р&amp;уководство по стилю</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>The style guide has changes not saved as a version. Quit and discard them?</source>
        <translation>В руководстве по стилю есть изменения, не сохранённые как версия. Выйти и отбросить их?</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Экс&amp;порт…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>И&amp;стория импорта…</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>С&amp;делки</translation>
    </message>
    <message>
        <source>New &amp;Deal…</source>
        <translation>Новая сд&amp;елка…</translation>
    </message>
</context>
<context>
    <name>Kempt::MappingTargetDelegate</name>
    <message>
        <source>Imports into</source>
        <translation>Импортируется в</translation>
    </message>
    <message>
        <source>New Custom Field…</source>
        <translation>Новое дополнительное поле…</translation>
    </message>
    <message>
        <source>New Custom Field</source>
        <translation>Новое дополнительное поле</translation>
    </message>
    <message>
        <source>Name of the custom field for the column “%1”:</source>
        <translation>Название дополнительного поля для столбца «%1»:</translation>
    </message>
</context>
<context>
    <name>Kempt::MergeComparisonModel</name>
    <message>
        <source>Choose one of the records of the group (keys 1 to %1).</source>
        <translation>Выберите одну из записей группы (клавиши от 1 до %1).</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Сохраняется</translation>
    </message>
    <message>
        <source>Merged, then in the trash</source>
        <translation>Объединяется, затем в корзину</translation>
    </message>
    <message>
        <source>The record that stays; the others are merged into it and go to the trash, from where an undo or unmerge brings them back.</source>
        <translation>Запись, которая остаётся; остальные объединяются с ней и перемещаются в корзину, откуда их можно вернуть отменой или отменой объединения.</translation>
    </message>
    <message>
        <source>Press %1 or click to keep this record</source>
        <translation>Нажмите %1 или щёлкните, чтобы оставить эту запись</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Your pick</source>
        <translation>Ваш выбор</translation>
    </message>
    <message>
        <source>Chosen by the merge rules: the newest value; opt-outs always stay</source>
        <translation>Выбрано по правилам объединения: самое новое значение; отказы от писем и звонков всегда сохраняются</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Пусто</translation>
    </message>
    <message>
        <source>%1
Press %2 or click to keep this value</source>
        <translation>%1
Нажмите %2 или щёлкните, чтобы оставить это значение</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>После объединения</translation>
    </message>
    <message>
        <source>What the kept record will hold. E-mail addresses, phone numbers, profiles, tags, notes, activities and deals of every record are kept as well.</source>
        <translation>Что будет в сохраняемой записи. Адреса эл. почты, номера телефонов, профили, теги, заметки, действия и сделки всех записей также сохраняются.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>key · record name</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Contact %1, updated %2</source>
        <translation>Контакт %1, изменён %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
</context>
<context>
    <name>Kempt::OptionalDateEdit</name>
    <message>
        <source>Set a date</source>
        <translation>Указать дату</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
</context>
<context>
    <name>Kempt::PairExplanationModel</name>
    <message>
        <source>Sure match</source>
        <translation>Точное совпадение</translation>
    </message>
    <message>
        <source>Possible match</source>
        <translation>Возможное совпадение</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Нет совпадения</translation>
    </message>
    <message>
        <source>%1 · score %2 · %3</source>
        <comment>band · score in bits · probability</comment>
        <translation>%1 · оценка %2 · %3</translation>
    </message>
    <message>
        <source>%1, given name and surname swapped</source>
        <translation>%1, имя и фамилия переставлены</translation>
    </message>
    <message>
        <source>%1 | %2</source>
        <comment>the two values compared</comment>
        <translation>%1 | %2</translation>
    </message>
    <message>
        <source>Counts %1 bits for one person.</source>
        <translation>Даёт %1 бит в пользу одного человека.</translation>
    </message>
    <message>
        <source>Counts %1 bits against one person.</source>
        <translation>Даёт %1 бит против одного человека.</translation>
    </message>
    <message>
        <source>Weighed by how rare the value is: a common value says less.</source>
        <translation>Вес зависит от редкости значения: распространённое значение говорит меньше.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>Values compared</source>
        <translation>Сравниваемые значения</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Bits of evidence: every bit for doubles the odds that the records are one person, every bit against halves them.</source>
        <translation>Биты свидетельства: каждый бит «за» удваивает шансы того, что записи относятся к одному человеку, каждый бит «против» уменьшает их вдвое.</translation>
    </message>
</context>
<context>
    <name>Kempt::PipelineBoardView</name>
    <message>
        <source>There is no pipeline yet.
New Deal starts the Sales pipeline; Pipeline Settings sets up your own.</source>
        <translation>Воронок пока нет.
Команда «Новая сделка» создаст воронку «Продажи»; в настройках воронки можно создать свою.</translation>
    </message>
    <message>
        <source>1 open deal · %1 · %2 weighted</source>
        <translation>1 открытая сделка · %1 · взвешенная сумма %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open deals · %1 · %2 weighted</source>
        <translation>
            <numerusform>%Ln открытая сделка · %1 · взвешенная сумма %2</numerusform>
            <numerusform>%Ln открытые сделки · %1 · взвешенная сумма %2</numerusform>
            <numerusform>%Ln открытых сделок · %1 · взвешенная сумма %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation>Почему сделка проиграна?</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Почему сделка «%1» проиграна?</translation>
    </message>
    <message numerus="yes">
        <source>Why were these %Ln deals lost?</source>
        <translation>
            <numerusform>Почему проиграна эта %Ln сделка?</numerusform>
            <numerusform>Почему проиграны эти %Ln сделки?</numerusform>
            <numerusform>Почему проиграны эти %Ln сделок?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as Lost</source>
        <translation>Отметить как проигранную</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Переместить в корзину</translation>
    </message>
    <message>
        <source>Move %1 to the trash? They can be restored from the Trash.</source>
        <translation>Переместить в корзину: %1? Их можно будет восстановить из корзины.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>Пере&amp;местить на</translation>
    </message>
    <message>
        <source>Mark as &amp;Won</source>
        <translation>Отметить как &amp;выигранную</translation>
    </message>
    <message>
        <source>Mark as &amp;Lost…</source>
        <translation>Отметить как &amp;проигранную…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Переместить в &amp;корзину</translation>
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
        <translation> дней</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation>&amp;Добавить этап</translation>
    </message>
    <message>
        <source>&amp;Remove Stage…</source>
        <translation>Удалить &amp;этап…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <source>Pipeline Settings</source>
        <translation>Настройки воронки</translation>
    </message>
    <message>
        <source>&amp;New Pipeline…</source>
        <translation>&amp;Новая воронка…</translation>
    </message>
    <message>
        <source>Only a pipeline without deals can be deleted.</source>
        <translation>Удалить можно только воронку без сделок.</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>Вор&amp;онка:</translation>
    </message>
    <message>
        <source>Stages, in the order deals move through them</source>
        <translation>Этапы в порядке прохождения сделок</translation>
    </message>
    <message>
        <source>A deal lacking one of these cannot enter the stage.</source>
        <translation>Сделка, в которой не заполнено одно из этих полей, не может перейти на этап.</translation>
    </message>
    <message>
        <source>Changes apply at once; Edit ▸ Undo (Ctrl+Z) takes them back one by one.</source>
        <translation>Изменения применяются сразу; Правка ▸ Отменить (Ctrl+Z) отменяет их по одному.</translation>
    </message>
    <message>
        <source>A pipeline keeps at least one stage.</source>
        <translation>В воронке должен остаться хотя бы один этап.</translation>
    </message>
    <message>
        <source>Required to enter “%1”</source>
        <translation>Требуется для перехода на этап «%1»</translation>
    </message>
    <message>
        <source>Required to enter</source>
        <translation>Требуется для перехода</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Добавить этап</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>Название нового этапа:</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>Удалить этап</translation>
    </message>
    <message>
        <source>“%1” holds 1 deal. Move it to:</source>
        <translation>На этапе «%1» 1 сделка. Переместить её на:</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %Ln deals. Move them to:</source>
        <translation>
            <numerusform>На этапе «%1» %Ln сделка. Переместить её на:</numerusform>
            <numerusform>На этапе «%1» %Ln сделки. Переместить их на:</numerusform>
            <numerusform>На этапе «%1» %Ln сделок. Переместить их на:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the stage “%1”? It holds no deals.</source>
        <translation>Удалить этап «%1»? На нём нет сделок.</translation>
    </message>
    <message>
        <source>New Pipeline</source>
        <translation>Новая воронка</translation>
    </message>
    <message>
        <source>Name of the new pipeline (it starts with the usual stages):</source>
        <translation>Название новой воронки (она будет создана со стандартными этапами):</translation>
    </message>
    <message>
        <source>Rename Pipeline</source>
        <translation>Переименовать воронку</translation>
    </message>
    <message>
        <source>New name of the pipeline:</source>
        <translation>Новое название воронки:</translation>
    </message>
    <message>
        <source>Delete Pipeline</source>
        <translation>Удалить воронку</translation>
    </message>
    <message>
        <source>Delete the pipeline “%1” and its stages?</source>
        <translation>Удалить воронку «%1» и её этапы?</translation>
    </message>
</context>
<context>
    <name>Kempt::ProgressRow</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityDashboard</name>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Data Quality</source>
        <translation>Качество данных</translation>
    </message>
    <message>
        <source>Re-audit</source>
        <translation>Повторить аудит</translation>
    </message>
    <message>
        <source>Check every record against the style guide again, in the background.</source>
        <translation>Снова проверить все записи по руководству по стилю в фоновом режиме.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Re-audit Now</source>
        <translation>Повторить аудит сейчас</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Общая</translation>
    </message>
    <message>
        <source>The weighted mean of the five scores below.</source>
        <translation>Взвешенное среднее пяти оценок ниже.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>Required fields that are filled in.</source>
        <translation>Заполненные обязательные поля.</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Корректность</translation>
    </message>
    <message>
        <source>E-mail addresses, phone numbers, countries, dates and picklist values that are valid, and contacts without consent conflicts.</source>
        <translation>Корректные адреса эл. почты, номера телефонов, страны, даты и значения из списков, а также контакты без конфликтов согласия.</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Согласованность</translation>
    </message>
    <message>
        <source>Values written the way the style guide stores them.</source>
        <translation>Значения, записанные так, как их хранит руководство по стилю.</translation>
    </message>
    <message>
        <source>Uniqueness</source>
        <translation>Уникальность</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Актуальность</translation>
    </message>
    <message>
        <source>Records updated or contacted within the style guide&apos;s stale period.</source>
        <translation>Записи, которые обновлялись или по которым были контакты в пределах срока актуальности из руководства по стилю.</translation>
    </message>
    <message>
        <source>Double-click a problem to see its records.</source>
        <translation>Дважды щёлкните проблему, чтобы увидеть её записи.</translation>
    </message>
    <message>
        <source>Show Records</source>
        <translation>Показать записи</translation>
    </message>
    <message>
        <source>Apply Fixes…</source>
        <translation>Применить исправления…</translation>
    </message>
    <message>
        <source>Fill In…</source>
        <translation>Заполнить…</translation>
    </message>
    <message>
        <source>Flag…</source>
        <translation>Пометить…</translation>
    </message>
    <message>
        <source>Export for Re-confirmation…</source>
        <translation>Экспорт для повторного подтверждения…</translation>
    </message>
    <message>
        <source>Move to Trash…</source>
        <translation>Переместить в корзину…</translation>
    </message>
    <message>
        <source>Problems, by records touched</source>
        <translation>Проблемы по числу затронутых записей</translation>
    </message>
    <message>
        <source>No audit has run in this workspace yet.
The audit checks every record against the style guide and stores the scores shown here.</source>
        <translation>В этой рабочей области ещё не проводился аудит.
Аудит проверяет все записи по руководству по стилю и сохраняет оценки, показанные здесь.</translation>
    </message>
    <message>
        <source>Run the First Audit</source>
        <translation>Запустить первый аудит</translation>
    </message>
    <message>
        <source>Run Audit</source>
        <translation>Запустить аудит</translation>
    </message>
    <message>
        <source>No audit yet</source>
        <translation>Аудита ещё не было</translation>
    </message>
    <message>
        <source>style guide version %1</source>
        <translation>руководство по стилю версии %1</translation>
    </message>
    <message>
        <source>the default style guide</source>
        <translation>руководство по стилю по умолчанию</translation>
    </message>
    <message>
        <source>Audit of %1 · %2 · %3</source>
        <translation>Аудит от %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>The style guide changed since this audit. Re-audit to judge every record by the new rules.</source>
        <translation>После этого аудита руководство по стилю изменилось. Повторите аудит, чтобы оценить все записи по новым правилам.</translation>
    </message>
    <message>
        <source>Records changed since this audit, so the numbers may be behind. Re-audit to bring them up to date.</source>
        <translation>После этого аудита записи изменились, поэтому цифры могут быть устаревшими. Повторите аудит, чтобы обновить их.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These fields differ from record to record; open the records to fill them in.</source>
        <translation>Эти поля различаются от записи к записи; откройте записи, чтобы заполнить их.</translation>
    </message>
    <message>
        <source>Set one value on every record that lacks it.</source>
        <translation>Задать одно значение во всех записях, где оно отсутствует.</translation>
    </message>
    <message>
        <source>Auditing every record…</source>
        <translation>Аудит всех записей…</translation>
    </message>
    <message>
        <source>Auditing %1 of %2 records…</source>
        <translation>Аудит записей: %1 из %2…</translation>
    </message>
    <message>
        <source>The audit is done: overall score %1.</source>
        <translation>Аудит завершён: общая оценка %1.</translation>
    </message>
    <message>
        <source>Data quality report</source>
        <translation>Отчёт о качестве данных</translation>
    </message>
    <message>
        <source>data-quality.pdf</source>
        <translation>качество-данных.pdf</translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation>Экспорт панели</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;PNG picture (*.png)</source>
        <translation>Отчёт PDF (*.pdf);;Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Exported the dashboard to %1.</source>
        <translation>Панель экспортирована в %1.</translation>
    </message>
    <message>
        <source>Contacts in no group of the last duplicate scan (before any scan: sharing no e-mail address or phone number with another), and companies sharing no e-mail address.</source>
        <translation>Контакты, не попавшие ни в одну группу последней проверки на дубликаты (до первой проверки: без общего с другими e-mail или телефона), и компании без общего e-mail.</translation>
    </message>
    <message>
        <source>Open the Duplicate Review</source>
        <translation>Открыть просмотр дубликатов</translation>
    </message>
    <message>
        <source>The duplicate groups changed since this audit (a scan, a merge or a decision). Re-audit to bring the uniqueness score up to date.</source>
        <translation>Группы дубликатов изменились после этого аудита (проверка, объединение или решение). Повторите аудит, чтобы обновить оценку уникальности.</translation>
    </message>
    <message>
        <source>Scan for Duplicates</source>
        <translation>Найти дубликаты</translation>
    </message>
    <message>
        <source>Merge each group, or keep its records apart, in Duplicates.</source>
        <translation>Объедините каждую группу или оставьте её записи раздельными в разделе «Дубликаты».</translation>
    </message>
    <message>
        <source>Open Duplicates and compare every contact with the others by name, e-mail, phone, company and address, in the background.</source>
        <translation>Открыть «Дубликаты» и сравнить каждый контакт с остальными по имени, e-mail, телефону, компании и адресу в фоновом режиме.</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityFilterButton</name>
    <message>
        <source>Show records by their data-quality findings</source>
        <translation>Показать записи по замечаниям проверки качества данных</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>без замечаний</translation>
    </message>
    <message>
        <source>without %1</source>
        <translation>без %1</translation>
    </message>
    <message>
        <source>any finding</source>
        <translation>любые замечания</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>ошибки</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>предупреждения</translation>
    </message>
    <message>
        <source>automatic fixes</source>
        <translation>автоматические исправления</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>Качество: %1</translation>
    </message>
    <message>
        <source>All Records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <source>With Errors</source>
        <translation>С ошибками</translation>
    </message>
    <message>
        <source>With Warnings</source>
        <translation>С предупреждениями</translation>
    </message>
    <message>
        <source>With Automatic Fixes Pending</source>
        <translation>С ожидающими автоматическими исправлениями</translation>
    </message>
    <message>
        <source>With Any Finding</source>
        <translation>С любыми замечаниями</translation>
    </message>
    <message>
        <source>Without Findings</source>
        <translation>Без замечаний</translation>
    </message>
    <message>
        <source>Show Quality Column</source>
        <translation>Показать столбец качества</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityFixActions</name>
    <message>
        <source>Nothing needed fixing any more.</source>
        <translation>Исправлять больше нечего.</translation>
    </message>
    <message>
        <source>Fixed %1. Undo takes the whole change back.</source>
        <translation>Исправлено: %1. Отмена возвращает всё изменение целиком.</translation>
    </message>
    <message>
        <source>Clear %1 on %2?</source>
        <translation>Затронуто: %2. Очистить поле «%1»?</translation>
    </message>
    <message>
        <source>Set %1 to “%2” on %3?</source>
        <translation>Затронуто: %3. Задать полю «%1» значение «%2»?</translation>
    </message>
    <message>
        <source>Fill In</source>
        <translation>Заполнить</translation>
    </message>
    <message>
        <source>Filled in %1 on %2.</source>
        <translation>Поле «%1» заполнено. Затронуто: %2.</translation>
    </message>
    <message>
        <source>Flag Records</source>
        <translation>Пометить записи</translation>
    </message>
    <message>
        <source>Tag for the %1 to re-confirm:</source>
        <translation>Тег для повторного подтверждения (%1):</translation>
    </message>
    <message>
        <source>Re-confirm</source>
        <translation>Повторное подтверждение</translation>
    </message>
    <message>
        <source>Tagged %1 “%2”.</source>
        <translation>Добавлен тег «%2». Затронуто: %1.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Переместить в корзину</translation>
    </message>
    <message>
        <source>Move %1 to the trash? They can be restored from the Trash, and Undo brings them back.</source>
        <translation>Переместить в корзину: %1? Их можно будет восстановить из корзины, а команда «Отменить» вернёт их обратно.</translation>
    </message>
    <message>
        <source>Moved %1 to the trash.</source>
        <translation>Перемещено в корзину: %1.</translation>
    </message>
    <message>
        <source>to-reconfirm.csv</source>
        <translation>на-подтверждение.csv</translation>
    </message>
    <message>
        <source>Export for Re-confirmation</source>
        <translation>Экспорт для повторного подтверждения</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Экспортировано в %2: %1.</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityIssueModel</name>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Предложение</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityIssuePanel</name>
    <message>
        <source>Use Suggestion</source>
        <translation>Применить предложение</translation>
    </message>
    <message>
        <source>Apply All Fixes</source>
        <translation>Применить все исправления</translation>
    </message>
    <message>
        <source>Put every value the style guide would store by itself into its field.</source>
        <translation>Подставить в поля все значения, которые руководство по стилю сохранило бы автоматически.</translation>
    </message>
    <message>
        <source>Follows the style guide.</source>
        <translation>Соответствует руководству по стилю.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error – must be corrected before saving</source>
        <translation>
            <numerusform>%Ln ошибка – нужно исправить перед сохранением</numerusform>
            <numerusform>%Ln ошибки – нужно исправить перед сохранением</numerusform>
            <numerusform>%Ln ошибок – нужно исправить перед сохранением</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors – must be corrected before saving</source>
        <translation>
            <numerusform>%Ln ошибка – нужно исправить перед сохранением</numerusform>
            <numerusform>%Ln ошибки – нужно исправить перед сохранением</numerusform>
            <numerusform>%Ln ошибок – нужно исправить перед сохранением</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning</source>
        <translation>
            <numerusform>%Ln предупреждение</numerusform>
            <numerusform>%Ln предупреждения</numerusform>
            <numerusform>%Ln предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln предупреждение</numerusform>
            <numerusform>%Ln предупреждения</numerusform>
            <numerusform>%Ln предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value the style guide would store differently</source>
        <translation>
            <numerusform>%Ln значение, которое руководство по стилю сохранило бы иначе</numerusform>
            <numerusform>%Ln значения, которые руководство по стилю сохранило бы иначе</numerusform>
            <numerusform>%Ln значений, которые руководство по стилю сохранило бы иначе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values the style guide would store differently</source>
        <translation>
            <numerusform>%Ln значение, которое руководство по стилю сохранило бы иначе</numerusform>
            <numerusform>%Ln значения, которые руководство по стилю сохранило бы иначе</numerusform>
            <numerusform>%Ln значений, которые руководство по стилю сохранило бы иначе</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kempt::QualityProblemModel</name>
    <message numerus="yes">
        <source>%Ln error</source>
        <translation>
            <numerusform>%Ln ошибка</numerusform>
            <numerusform>%Ln ошибки</numerusform>
            <numerusform>%Ln ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln ошибка</numerusform>
            <numerusform>%Ln ошибки</numerusform>
            <numerusform>%Ln ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning</source>
        <translation>
            <numerusform>%Ln предупреждение</numerusform>
            <numerusform>%Ln предупреждения</numerusform>
            <numerusform>%Ln предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln предупреждение</numerusform>
            <numerusform>%Ln предупреждения</numerusform>
            <numerusform>%Ln предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln automatic fix</source>
        <translation>
            <numerusform>%Ln автоматическое исправление</numerusform>
            <numerusform>%Ln автоматических исправления</numerusform>
            <numerusform>%Ln автоматических исправлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln automatic fixes</source>
        <translation>
            <numerusform>%Ln автоматическое исправление</numerusform>
            <numerusform>%Ln автоматических исправления</numerusform>
            <numerusform>%Ln автоматических исправлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>from the last duplicate scan</source>
        <translation>по последней проверке на дубликаты</translation>
    </message>
    <message>
        <source>no duplicate scan yet</source>
        <translation>проверки на дубликаты ещё не было</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityScoreTile</name>
    <message>
        <source>first audit</source>
        <translation>первый аудит</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
</context>
<context>
    <name>Kempt::QualityTrendChart</name>
    <message>
        <source>Scores over time</source>
        <translation>Динамика оценок</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Общая</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Корректность</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Согласованность</translation>
    </message>
    <message>
        <source>Uniqueness</source>
        <translation>Уникальность</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Актуальность</translation>
    </message>
</context>
<context>
    <name>Kempt::RecordExportJob</name>
    <message>
        <source>%1 cannot be written: %2. Choose another folder or file name.</source>
        <translation>Не удаётся записать %1: %2. Выберите другую папку или другое имя файла.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Не удалось сохранить %1: %2. Проверьте свободное место на диске и права доступа к папке.</translation>
    </message>
</context>
<context>
    <name>Kempt::RecordsPage</name>
    <message>
        <source>Search companies</source>
        <translation>Поиск компаний</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Поиск контактов</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Выбрать столбцы</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Bulk Update…</source>
        <translation>&amp;Массовое обновление…</translation>
    </message>
    <message>
        <source>&amp;Add Tags…</source>
        <translation>&amp;Добавить теги…</translation>
    </message>
    <message>
        <source>&amp;Remove Tags…</source>
        <translation>&amp;Снять теги…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Переместить в &amp;корзину</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Delete for Good…</source>
        <translation>&amp;Удалить навсегда…</translation>
    </message>
    <message>
        <source>Open the company</source>
        <translation>Открыть компанию</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>Открыть контакт</translation>
    </message>
    <message>
        <source>The trash holds no %1.</source>
        <translation>%1 в корзине отсутствуют.</translation>
    </message>
    <message>
        <source>No %1 match “%2”.</source>
        <translation>%1, соответствующие «%2», не найдены.</translation>
    </message>
    <message>
        <source>No %1 match this view.</source>
        <translation>%1, соответствующие этому представлению, не найдены.</translation>
    </message>
    <message>
        <source>No companies yet.
Create one with Records ▸ New Company.</source>
        <translation>Компаний пока нет.
Создайте компанию: Записи ▸ Новая компания.</translation>
    </message>
    <message>
        <source>No contacts yet.
Create one with Records ▸ New Contact, or load the sample data from the File menu.</source>
        <translation>Контактов пока нет.
Создайте контакт (Записи ▸ Новый контакт) или загрузите демонстрационные данные из меню «Файл».</translation>
    </message>
    <message>
        <source>Clear %1 on %2?</source>
        <translation>Затронуто: %2. Очистить поле «%1»?</translation>
    </message>
    <message>
        <source>Set %1 to “%2” on %3?</source>
        <translation>Затронуто: %3. Задать полю «%1» значение «%2»?</translation>
    </message>
    <message>
        <source>Bulk Update</source>
        <translation>Массовое обновление</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation>Добавить теги</translation>
    </message>
    <message>
        <source>Add %1 to %2?</source>
        <translation>Затронуто: %2. Добавить теги %1?</translation>
    </message>
    <message>
        <source>Remove Tags</source>
        <translation>Снять теги</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>Затронуто: %2. Снять теги %1?</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Переместить в корзину</translation>
    </message>
    <message>
        <source>Move %1 to the trash? They can be restored from the Trash.</source>
        <translation>Переместить в корзину: %1? Их можно будет восстановить из корзины.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restore %1 from the trash?</source>
        <translation>Восстановить из корзины: %1?</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Удалить навсегда</translation>
    </message>
    <message>
        <source>Delete %1 for good? They leave the trash, with their notes and activities.</source>
        <translation>Удалить навсегда: %1? Они будут удалены из корзины вместе с заметками и действиями.</translation>
    </message>
    <message>
        <source>Search deals by title or company</source>
        <translation>Поиск сделок по названию или компании</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>Open the deal</source>
        <translation>Открыть сделку</translation>
    </message>
    <message>
        <source>No deals yet.
Create one with New Deal.</source>
        <translation>Сделок пока нет.
Создайте сделку командой «Новая сделка».</translation>
    </message>
</context>
<context>
    <name>Kempt::RuleForm</name>
    <message>
        <source>Rule is in force</source>
        <translation>Правило действует</translation>
    </message>
    <message>
        <source>What the rule asks for and why, in a sentence or two.</source>
        <translation>Чего требует правило и почему — в одном-двух предложениях.</translation>
    </message>
    <message>
        <source>One example per line</source>
        <translation>По одному примеру в строке</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Важность:</translation>
    </message>
    <message>
        <source>Fie&amp;lds:</source>
        <translation>&amp;Поля:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Настройки:</translation>
    </message>
    <message>
        <source>&amp;Good examples:</source>
        <translation>П&amp;равильные примеры:</translation>
    </message>
    <message>
        <source>&amp;Bad examples:</source>
        <translation>&amp;Неправильные примеры:</translation>
    </message>
    <message>
        <source>This kind of rule needs no settings beyond its fields.</source>
        <translation>Для правила этого типа не нужны настройки, кроме полей.</translation>
    </message>
    <message>
        <source>One of the fields is enough</source>
        <translation>Достаточно одного из полей</translation>
    </message>
    <message>
        <source>Also turn runs of spaces inside a value into one</source>
        <translation>Также заменять несколько пробелов подряд внутри значения одним</translation>
    </message>
    <message>
        <source>Words kept exactly as written, one per line (IBM, McKinsey, van)</source>
        <translation>Слова, которые сохраняются в точности как написаны, по одному в строке (IBM, McKinsey, van)</translation>
    </message>
    <message>
        <source>Casing:</source>
        <translation>Регистр:</translation>
    </message>
    <message>
        <source>Exceptions:</source>
        <translation>Исключения:</translation>
    </message>
    <message>
        <source>Lower-case the part before the @ too</source>
        <translation>Переводить в нижний регистр и часть перед @</translation>
    </message>
    <message>
        <source>Allowed values, one per line</source>
        <translation>Допустимые значения, по одному в строке</translation>
    </message>
    <message>
        <source>People write</source>
        <translation>Пишут</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>Сохраняется как</translation>
    </message>
    <message>
        <source>Add Synonym</source>
        <translation>Добавить синоним</translation>
    </message>
    <message>
        <source>Remove Synonym</source>
        <translation>Удалить синоним</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Значения:</translation>
    </message>
    <message>
        <source>Synonyms:</source>
        <translation>Синонимы:</translation>
    </message>
    <message>
        <source> months without an update or a contact</source>
        <translation> мес. без обновлений и контактов</translation>
    </message>
    <message>
        <source>Newsletter, Mailing list</source>
        <translation>Рассылка, Новости</translation>
    </message>
    <message>
        <source>Conflict:</source>
        <translation>Конфликт:</translation>
    </message>
    <message>
        <source>Newsletter tags:</source>
        <translation>Теги рассылки:</translation>
    </message>
    <message>
        <source>Choose a rule on the left</source>
        <translation>Выберите правило слева</translation>
    </message>
    <message>
        <source>%1 rule · %2</source>
        <translation>Правило типа «%1» · %2</translation>
    </message>
</context>
<context>
    <name>Kempt::RuleImpactPanel</name>
    <message>
        <source>Live preview on this workspace</source>
        <translation>Предварительный просмотр на данных этой рабочей области</translation>
    </message>
    <message>
        <source>Choose a rule to see what it would do to the records of this workspace.</source>
        <translation>Выберите правило, чтобы увидеть, что оно сделает с записями этой рабочей области.</translation>
    </message>
    <message>
        <source>This rule would change %1 and flag %2.</source>
        <translation>Правило изменит: %1; пометит: %2.</translation>
    </message>
    <message>
        <source>This rule would flag %1.</source>
        <translation>Правило пометит: %1.</translation>
    </message>
    <message>
        <source>Counted over all %1.</source>
        <translation>Подсчитано по всем записям: %1.</translation>
    </message>
    <message>
        <source>In the first %1: %2 would change, %3 flagged.</source>
        <translation>Среди первых записей (%1): изменится — %2, будет помечено — %3.</translation>
    </message>
    <message>
        <source>In the first %1: %2 flagged.</source>
        <translation>Среди первых записей (%1): будет помечено — %2.</translation>
    </message>
    <message>
        <source>Counting all records…</source>
        <translation>Подсчёт по всем записям…</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>Flagged, for example:</source>
        <translation>Помечено, например:</translation>
    </message>
</context>
<context>
    <name>Kempt::SavedViewListModel</name>
    <message>
        <source>%1 (search: %2)</source>
        <translation>%1 (поиск: %2)</translation>
    </message>
</context>
<context>
    <name>Kempt::ScreenshotTaker</name>
    <message>
        <source>VIP contacts</source>
        <translation>VIP-контакты</translation>
    </message>
    <message>
        <source>Contacts in Germany</source>
        <translation>Контакты в Германии</translation>
    </message>
</context>
<context>
    <name>Kempt::Sidebar</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>Сохранённые представления</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>%1 (companies)</source>
        <translation>%1 (компании)</translation>
    </message>
    <message>
        <source>%1 (contacts)</source>
        <translation>%1 (контакты)</translation>
    </message>
    <message>
        <source>Delete View…</source>
        <translation>Удалить представление…</translation>
    </message>
    <message>
        <source>Data Quality</source>
        <translation>Качество данных</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель мониторинга</translation>
    </message>
    <message>
        <source>Style Guide</source>
        <translation>Руководство по стилю</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
</context>
<context>
    <name>Kempt::StyleGuideEditor</name>
    <message>
        <source>Add Rule…</source>
        <translation>Добавить правило…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Правило</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Версии</translation>
    </message>
    <message>
        <source>Style Guide</source>
        <translation>Руководство по стилю</translation>
    </message>
    <message>
        <source>Save Version…</source>
        <translation>Сохранить версию…</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Отбросить изменения</translation>
    </message>
    <message>
        <source>Import / Export</source>
        <translation>Импорт и экспорт</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Импорт из JSON…</translation>
    </message>
    <message>
        <source>&amp;Export as JSON…</source>
        <translation>&amp;Экспорт в JSON…</translation>
    </message>
    <message>
        <source>Save as &amp;Document (HTML or PDF)…</source>
        <translation>Сохранить как &amp;документ (HTML или PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Phone numbers without a country code, on records without a country, are read as numbers of:</source>
        <translation>Телефонные номера без кода страны в записях без указанной страны считаются номерами страны:</translation>
    </message>
    <message>
        <source>Use This Version Again…</source>
        <translation>Использовать эту версию снова…</translation>
    </message>
    <message>
        <source>Every save adds a version; nothing is overwritten. Undo in the Edit menu takes the latest save back.</source>
        <translation>Каждое сохранение добавляет версию; ничего не перезаписывается. Команда «Отменить» в меню «Правка» отменяет последнее сохранение.</translation>
    </message>
    <message>
        <source>This rule</source>
        <translation>Это правило</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3</source>
        <translation>Версия %1, автор: %2, %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Kempt&apos;s default guide; saving makes it version 1 of this workspace</source>
        <translation>Руководство Kempt по умолчанию; при сохранении оно станет версией 1 этой рабочей области</translation>
    </message>
    <message>
        <source>Saved the style guide as version %1. Re-audit on the dashboard to judge every record by it.</source>
        <translation>Руководство по стилю сохранено как версия %1. Повторите аудит на панели качества данных, чтобы оценить по нему все записи.</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>Сохранить версию</translation>
    </message>
    <message>
        <source>What changed, in a few words (kept in the history):</source>
        <translation>Что изменилось, в нескольких словах (сохраняется в истории):</translation>
    </message>
    <message>
        <source>Discard the changes not saved as a version?</source>
        <translation>Отбросить изменения, не сохранённые как версия?</translation>
    </message>
    <message>
        <source>Import Style Guide</source>
        <translation>Импорт руководства по стилю</translation>
    </message>
    <message>
        <source>Replace the changes not saved as a version with the imported guide?</source>
        <translation>Заменить изменения, не сохранённые как версия, импортированным руководством?</translation>
    </message>
    <message>
        <source>Style guides (*.json);;All files (*)</source>
        <translation>Руководства по стилю (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Imported %1. Check the rules, then save a version to put them in force.</source>
        <translation>Импортирован файл %1. Проверьте правила, затем сохраните версию, чтобы они вступили в силу.</translation>
    </message>
    <message>
        <source>Export Style Guide</source>
        <translation>Экспорт руководства по стилю</translation>
    </message>
    <message>
        <source>/style-guide.json</source>
        <translation>/руководство-по-стилю.json</translation>
    </message>
    <message>
        <source>Exported the style guide to %1.</source>
        <translation>Руководство по стилю экспортировано в %1.</translation>
    </message>
    <message>
        <source>Save Style Guide Document</source>
        <translation>Сохранение документа руководства по стилю</translation>
    </message>
    <message>
        <source>/style-guide.pdf</source>
        <translation>/руководство-по-стилю.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Web page (*.html)</source>
        <translation>Документ PDF (*.pdf);;Веб-страница (*.html)</translation>
    </message>
    <message>
        <source>Saved the style guide document as %1.</source>
        <translation>Документ руководства по стилю сохранён как %1.</translation>
    </message>
    <message>
        <source>Use This Version Again</source>
        <translation>Использовать эту версию снова</translation>
    </message>
    <message>
        <source>Save the rules of version %1 as a new version? Unsaved changes are discarded.</source>
        <translation>Сохранить правила версии %1 как новую версию? Несохранённые изменения будут отброшены.</translation>
    </message>
    <message>
        <source>Back to the rules of version %1</source>
        <translation>Возврат к правилам версии %1</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Удалить правило</translation>
    </message>
    <message>
        <source>Remove the rule “%1” from the draft? It stays in the saved versions.</source>
        <translation>Удалить правило «%1» из черновика? В сохранённых версиях оно останется.</translation>
    </message>
    <message>
        <source>No default: only numbers with a country code</source>
        <translation>Без значения по умолчанию: только номера с кодом страны</translation>
    </message>
    <message>
        <source>Saved with the style guide&apos;s next version and kept in its JSON.</source>
        <translation>Сохраняется со следующей версией руководства по стилю и хранится в его JSON.</translation>
    </message>
</context>
<context>
    <name>Kempt::StyleGuideHistoryModel</name>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>Kempt::StyleGuideRuleModel</name>
    <message>
        <source>Every field</source>
        <translation>Все поля</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Актуальность</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
</context>
<context>
    <name>Kempt::TableColumns</name>
    <message>
        <source>Choose Columns…</source>
        <translation>Выбрать столбцы…</translation>
    </message>
    <message>
        <source>Reset Column Widths</source>
        <translation>Сбросить ширину столбцов</translation>
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
            <numerusform>%1: %Ln контакт</numerusform>
            <numerusform>%1: %Ln контакта</numerusform>
            <numerusform>%1: %Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln компания</numerusform>
            <numerusform>%Ln компании</numerusform>
            <numerusform>%Ln компаний</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kempt::TagManagerDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Remove &amp;Unused…</source>
        <translation>Удалить пус&amp;тые…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Фильтр тегов</translation>
    </message>
    <message>
        <source>New tag name</source>
        <translation>Имя нового тега</translation>
    </message>
    <message>
        <source>Rename the tag in place (F2)</source>
        <translation>Переименовать тег на месте (F2)</translation>
    </message>
    <message>
        <source>Fold the selected tags into one of them</source>
        <translation>Объединить выбранные теги в один из них</translation>
    </message>
    <message>
        <source>Delete every tag no contact or company carries</source>
        <translation>Удалить все теги, которые не назначены ни одному контакту или компании</translation>
    </message>
    <message>
        <source>The number beside each tag counts the contacts and companies that carry it.</source>
        <translation>Число рядом с тегом показывает, у скольких контактов и компаний он есть.</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Объединение тегов</translation>
    </message>
    <message numerus="yes">
        <source>Keep which tag? The other %Ln tags are folded into it and deleted.</source>
        <translation>
            <numerusform>Какой тег оставить? Остальные теги (%Ln) будут объединены с ним и удалены.</numerusform>
            <numerusform>Какой тег оставить? Остальные теги (%Ln) будут объединены с ним и удалены.</numerusform>
            <numerusform>Какой тег оставить? Остальные теги (%Ln) будут объединены с ним и удалены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge tags into “%1”</source>
        <translation>Объединить теги в «%1»</translation>
    </message>
    <message>
        <source>Delete the tag “%1”?</source>
        <translation>Удалить тег «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln tags?</source>
        <translation>
            <numerusform>Удалить %Ln тег?</numerusform>
            <numerusform>Удалить %Ln тега?</numerusform>
            <numerusform>Удалить %Ln тегов?</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact or company carries it.</source>
        <translation>Этот тег не назначен ни одному контакту или компании.</translation>
    </message>
    <message>
        <source>No contact or company carries them.</source>
        <translation>Эти теги не назначены ни одному контакту или компании.</translation>
    </message>
    <message>
        <source>One record loses it.</source>
        <translation>Он будет снят с одной записи.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records lose it.</source>
        <translation>
            <numerusform>Он будет снят с %Ln записи.</numerusform>
            <numerusform>Он будет снят с %Ln записей.</numerusform>
            <numerusform>Он будет снят с %Ln записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tags</source>
        <translation>Удаление тегов</translation>
    </message>
    <message>
        <source>Remove Unused Tags</source>
        <translation>Удаление неиспользуемых тегов</translation>
    </message>
    <message>
        <source>Delete the one tag that no contact or company carries?</source>
        <translation>Удалить единственный тег, который не назначен ни одному контакту или компании?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln tags that no contact or company carries?</source>
        <translation>
            <numerusform>Удалить %Ln тег, который не назначен ни одному контакту или компании?</numerusform>
            <numerusform>Удалить %Ln тега, которые не назначены ни одному контакту или компании?</numerusform>
            <numerusform>Удалить %Ln тегов, которые не назначены ни одному контакту или компании?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kempt::TagPickerDialog</name>
    <message>
        <source>Add Tags</source>
        <translation>Добавить теги</translation>
    </message>
    <message>
        <source>Remove Tags</source>
        <translation>Снять теги</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>Add to:</source>
        <translation>Добавить к:</translation>
    </message>
    <message>
        <source>Remove from:</source>
        <translation>Снять с:</translation>
    </message>
    <message>
        <source>&amp;Add Tags</source>
        <translation>&amp;Добавить теги</translation>
    </message>
    <message>
        <source>&amp;Remove Tags</source>
        <translation>&amp;Снять теги</translation>
    </message>
    <message>
        <source>Type one or more tags, separated by commas.</source>
        <translation>Введите один или несколько тегов через запятую.</translation>
    </message>
    <message>
        <source>This adds %1 to %2.</source>
        <translation>Будут добавлены теги %1. Затронуто: %2.</translation>
    </message>
    <message>
        <source>This removes %1 from %2.</source>
        <translation>Будут сняты теги %1. Затронуто: %2.</translation>
    </message>
</context>
<context>
    <name>Kempt::TagsLineEdit</name>
    <message>
        <source>e.g. customer, newsletter</source>
        <translation>например: клиент, рассылка</translation>
    </message>
</context>
<context>
    <name>Kempt::TimelineModel</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, автор: %2</translation>
    </message>
</context>
<context>
    <name>Kempt::TimelineWidget</name>
    <message>
        <source>&amp;Add to Timeline</source>
        <translation>&amp;Добавить в хронологию</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Зарегистрировать звонок</translation>
    </message>
    <message>
        <source>Log an e-mail</source>
        <translation>Зарегистрировать письмо</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Зарегистрировать встречу</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Добавить задачу</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Напишите заметку…</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Подробности (необязательно)</translation>
    </message>
    <message>
        <source>Delete timeline entries</source>
        <translation>удаление записей хронологии</translation>
    </message>
</context>
<context>
    <name>Kempt::Workspace</name>
    <message>
        <source>No workspace is open. Open or create one with the File menu.</source>
        <translation>Рабочая область не открыта. Откройте или создайте её в меню «Файл».</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Рабочая область не открыта.</translation>
    </message>
    <message>
        <source>A copy cannot replace the open workspace itself. Choose another file name.</source>
        <translation>Копия не может заменить саму открытую рабочую область. Выберите другое имя файла.</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>Сохранение копии</translation>
    </message>
    <message>
        <source>Saving a copy to %1</source>
        <translation>Сохранение копии в %1</translation>
    </message>
    <message>
        <source>%1 cannot be replaced. Check its permissions or choose another name.</source>
        <translation>Не удаётся заменить %1. Проверьте права доступа или выберите другое имя.</translation>
    </message>
    <message>
        <source>The copy could not be moved to %1.</source>
        <translation>Не удалось переместить копию в %1.</translation>
    </message>
</context>
<context>
    <name>LiveQualityCheck</name>
    <message>
        <source>Suggested: %1 (click the badge to use it)</source>
        <translation>Предлагается: %1 (щёлкните значок, чтобы применить)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kempt workspaces (*.sqlite *.kempt);;All files (*)</source>
        <translation>Рабочие области Kempt (*.sqlite *.kempt);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>A merge needs at least two contacts; choose the records that describe the same person.</source>
        <translation>Для объединения нужно как минимум два контакта; выберите записи, описывающие одного и того же человека.</translation>
    </message>
    <message>
        <source>Contact %1 is listed twice in the merge; name each record once.</source>
        <translation>Контакт %1 указан в объединении дважды; указывайте каждую запись один раз.</translation>
    </message>
    <message>
        <source>Contact %1 does not exist (it may have been deleted for good); leave it out of the merge.</source>
        <translation>Контакт %1 не существует (возможно, он удалён навсегда); исключите его из объединения.</translation>
    </message>
    <message>
        <source>Contact %1 (“%2”) is in the trash. Restore it first, or leave it out of the merge.</source>
        <translation>Контакт %1 («%2») находится в корзине. Сначала восстановите его или исключите из объединения.</translation>
    </message>
    <message>
        <source>Contact %1 is not part of this merge; choose one of its records to keep.</source>
        <translation>Контакт %1 не участвует в этом объединении; выберите для сохранения одну из записей объединения.</translation>
    </message>
    <message>
        <source>“%1” is not a field a merge can choose; tags, e-mails and phones of every record are kept anyway.</source>
        <translation>«%1» — не поле, значение которого можно выбрать при объединении; теги, адреса эл. почты и телефоны всех записей сохраняются в любом случае.</translation>
    </message>
    <message>
        <source>The merge plan does not match the records of the group; show the group again and repeat the merge.</source>
        <translation>План объединения не соответствует записям группы; откройте группу снова и повторите объединение.</translation>
    </message>
    <message>
        <source>The merge plan chooses a value for “%1”, which is no longer a field of contacts; show the group again and repeat the merge.</source>
        <translation>План объединения выбирает значение для «%1», но такого поля у контактов больше нет; откройте группу снова и повторите объединение.</translation>
    </message>
    <message>
        <source>Contact %1 is not part of this merge; pick the value of one of contacts %2.</source>
        <translation>Контакт %1 не участвует в этом объединении; выберите значение одного из контактов %2.</translation>
    </message>
    <message>
        <source>Merge %1 is not standing; it was undone already or does not exist.</source>
        <translation>Объединение %1 не действует: оно уже отменено или не существует.</translation>
    </message>
    <message>
        <source>A merge needs two or more different contacts, one of which is kept; choose the records again.</source>
        <translation>Для объединения нужны два или более разных контакта, один из которых сохраняется; выберите записи снова.</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>изменение %1</translation>
    </message>
    <message>
        <source> by %1 on %2</source>
        <translation> (%1, %2)</translation>
    </message>
    <message>
        <source> by %1 (%2) on %3</source>
        <translation> (%1, автор: %2, %3)</translation>
    </message>
    <message>
        <source>%1 was deleted after the merge%2 and stays deleted.</source>
        <translation>%1: удалено после объединения%2 и останется удалённым.</translation>
    </message>
    <message>
        <source>%1 was changed after the merge%2: kept “%3” (the merge had set “%4”).</source>
        <translation>%1: изменено после объединения%2; сохранено «%3» (при объединении было задано «%4»).</translation>
    </message>
    <message>
        <source>There is no merge %1 in this workspace. &quot;kempt-cli merges&quot; lists the merges and their ids.</source>
        <translation>Объединения %1 в этой рабочей области нет. Список объединений и их идентификаторов выводит &quot;kempt-cli merges&quot;.</translation>
    </message>
    <message>
        <source>Merge %1 was undone already, on %2.</source>
        <translation>Объединение %1 уже отменено (%2).</translation>
    </message>
    <message>
        <source>Contacts of merge %1 took part in merge %2 (%3) afterwards. Unmerge %2 first, then %1.</source>
        <translation>Контакты объединения %1 позже участвовали в объединении %2 (%3). Сначала отмените объединение %2, затем %1.</translation>
    </message>
    <message>
        <source>Contact %1 of merge %2 was deleted for good after the merge. Undo that deletion (or restore the contact from a copy of the workspace) before unmerging.</source>
        <translation>Контакт %1 из объединения %2 был удалён навсегда после объединения. Прежде чем отменять объединение, отмените это удаление (или восстановите контакт из копии рабочей области).</translation>
    </message>
    <message>
        <source>The change history of merge %1 is missing from the workspace, so it cannot be undone exactly.</source>
        <translation>В рабочей области нет истории изменений объединения %1, поэтому его нельзя точно отменить.</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>контакт %1</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Перемещение в корзину</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A custom field</source>
        <translation>Дополнительное поле</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>Эл. почта %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Телефон %1</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Профиль %1</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Тег %1</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Заметка %1</translation>
    </message>
    <message>
        <source>Activity “%1”</source>
        <translation>Действие «%1»</translation>
    </message>
    <message>
        <source>Deal “%1”</source>
        <translation>Сделка «%1»</translation>
    </message>
    <message>
        <source>The link to deal “%1”</source>
        <translation>Связь со сделкой «%1»</translation>
    </message>
    <message>
        <source>Row %1 of %2</source>
        <translation>Строка %1 таблицы %2</translation>
    </message>
</context>
<context>
    <name>NewRuleQuestions</name>
    <message>
        <source>Add Rule</source>
        <translation>Добавить правило</translation>
    </message>
    <message>
        <source>Kind of rule:</source>
        <translation>Тип правила:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Для:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Поле:</translation>
    </message>
    <message>
        <source>Allowed values, separated by commas:</source>
        <translation>Допустимые значения через запятую:</translation>
    </message>
    <message>
        <source>The new rule</source>
        <translation>Новое правило</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>The number is empty.</source>
        <translation>Номер не заполнен.</translation>
    </message>
    <message>
        <source>The number does not start with a country code that exists.</source>
        <translation>Номер не начинается с существующего кода страны.</translation>
    </message>
    <message>
        <source>No country: add +CC or set the contact&apos;s country.</source>
        <translation>Страна не указана: добавьте +CC или укажите страну контакта.</translation>
    </message>
    <message>
        <source>“%1” is not a known country code; add +CC or correct the contact&apos;s country.</source>
        <translation>«%1» — неизвестный код страны; добавьте +CC или исправьте страну контакта.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>«%1» — не номер телефона.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>Номер слишком короткий.</translation>
    </message>
    <message>
        <source>The number is too short for %1.</source>
        <translation>Номер слишком короткий для страны: %1.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>Номер слишком длинный.</translation>
    </message>
    <message>
        <source>The number is too long for %1.</source>
        <translation>Номер слишком длинный для страны: %1.</translation>
    </message>
    <message>
        <source>The number is too short for %1; add the area code.</source>
        <translation>Номер слишком короткий для страны: %1; добавьте код города.</translation>
    </message>
    <message>
        <source>The number has the wrong number of digits for %1.</source>
        <translation>Неверное число цифр в номере для страны: %1.</translation>
    </message>
    <message>
        <source>The number is not a valid number in %1.</source>
        <translation>Номер недействителен для страны: %1.</translation>
    </message>
</context>
<context>
    <name>Picklist</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 и ещё %Ln</numerusform>
            <numerusform>%1 и ещё %Ln</numerusform>
            <numerusform>%1 и ещё %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>The value holds only spaces or invisible characters; it is stored empty.</source>
        <translation>Значение содержит только пробелы или невидимые символы; оно сохраняется пустым.</translation>
    </message>
    <message>
        <source>“%1” is stored as “%2”, the list&apos;s spelling.</source>
        <translation>«%1» сохраняется как «%2» — так, как в списке.</translation>
    </message>
    <message>
        <source>“%1” is not allowed: the list has no values yet.</source>
        <translation>«%1» недопустимо: в списке пока нет значений.</translation>
    </message>
    <message>
        <source>“%1” is not in the list; use one of: %2.</source>
        <translation>«%1» нет в списке; используйте одно из значений: %2.</translation>
    </message>
    <message>
        <source>The picklist has no &quot;values&quot; array; add one with the allowed values.</source>
        <translation>В списке значений нет массива &quot;values&quot;; добавьте его с допустимыми значениями.</translation>
    </message>
    <message>
        <source>Value %1 of the picklist is empty, not text, or repeats another value; remove or correct it.</source>
        <translation>Значение %1 списка пустое, не является строкой или повторяет другое значение; удалите или исправьте его.</translation>
    </message>
    <message>
        <source>The synonym “%1” must name one of the picklist&apos;s values and must not repeat a value or another synonym; correct it.</source>
        <translation>Синоним «%1» должен указывать на одно из значений списка и не должен повторять значение или другой синоним; исправьте его.</translation>
    </message>
</context>
<context>
    <name>PipelineBoardModel</name>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message numerus="yes">
        <source>No progress for %Ln day(s)</source>
        <translation>
            <numerusform>Без движения %Ln день</numerusform>
            <numerusform>Без движения %Ln дня</numerusform>
            <numerusform>Без движения %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Не заполнено: %1</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>These deals belong to another workspace. Open that workspace to move them.</source>
        <translation>Эти сделки относятся к другой рабочей области. Откройте её, чтобы переместить их.</translation>
    </message>
</context>
<context>
    <name>PipelineStore</name>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation>У воронки должно быть название.</translation>
    </message>
    <message>
        <source>There is already a pipeline called &quot;%1&quot;. Choose another name.</source>
        <translation>Воронка &quot;%1&quot; уже существует. Выберите другое название.</translation>
    </message>
    <message>
        <source>The pipeline no longer exists; it may have been deleted.</source>
        <translation>Воронка больше не существует; возможно, она удалена.</translation>
    </message>
    <message numerus="yes">
        <source>Pipeline &quot;%1&quot; still holds %Ln deal(s) in the trash. Empty the trash first, or remove its stages one by one, moving the deals to another pipeline.</source>
        <translation>
            <numerusform>В корзине ещё есть %Ln сделка из воронки &quot;%1&quot;. Сначала очистите корзину или удалите этапы воронки по одному, перемещая сделки в другую воронку.</numerusform>
            <numerusform>В корзине ещё есть %Ln сделки из воронки &quot;%1&quot;. Сначала очистите корзину или удалите этапы воронки по одному, перемещая сделки в другую воронку.</numerusform>
            <numerusform>В корзине ещё есть %Ln сделок из воронки &quot;%1&quot;. Сначала очистите корзину или удалите этапы воронки по одному, перемещая сделки в другую воронку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pipeline &quot;%1&quot; still holds %Ln deal(s). Move them to a stage of another pipeline (remove each stage with a target stage) before deleting it.</source>
        <translation>
            <numerusform>В воронке &quot;%1&quot; ещё есть %Ln сделка. Прежде чем удалять воронку, переместите сделки на этап другой воронки (удаляя каждый этап с указанием целевого этапа).</numerusform>
            <numerusform>В воронке &quot;%1&quot; ещё есть %Ln сделки. Прежде чем удалять воронку, переместите сделки на этап другой воронки (удаляя каждый этап с указанием целевого этапа).</numerusform>
            <numerusform>В воронке &quot;%1&quot; ещё есть %Ln сделок. Прежде чем удалять воронку, переместите сделки на этап другой воронки (удаляя каждый этап с указанием целевого этапа).</numerusform>
        </translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>У этапа должно быть название.</translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot; already has a stage called &quot;%2&quot;. Choose another name.</source>
        <translation>В воронке &quot;%1&quot; уже есть этап &quot;%2&quot;. Выберите другое название.</translation>
    </message>
    <message>
        <source>The probability of stage &quot;%1&quot; must lie between 0 % and 100 %.</source>
        <translation>Вероятность этапа &quot;%1&quot; должна быть в диапазоне от 0 % до 100 %.</translation>
    </message>
    <message>
        <source>The rotting period of stage &quot;%1&quot; cannot be negative; use 0 for none.</source>
        <translation>Срок застоя для этапа &quot;%1&quot; не может быть отрицательным; укажите 0, если срок не нужен.</translation>
    </message>
    <message>
        <source>The stage no longer exists; it may have been removed.</source>
        <translation>Этап больше не существует; возможно, он удалён.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only stage of its pipeline. A pipeline needs at least one stage; add another before removing this one.</source>
        <translation>&quot;%1&quot; — единственный этап воронки. В воронке должен быть хотя бы один этап; добавьте другой, прежде чем удалять этот.</translation>
    </message>
    <message numerus="yes">
        <source>Stage &quot;%1&quot; still holds %Ln deal(s). Choose a stage to move them to.</source>
        <translation>
            <numerusform>На этапе &quot;%1&quot; ещё есть %Ln сделка. Выберите этап для перемещения.</numerusform>
            <numerusform>На этапе &quot;%1&quot; ещё есть %Ln сделки. Выберите этап для их перемещения.</numerusform>
            <numerusform>На этапе &quot;%1&quot; ещё есть %Ln сделок. Выберите этап для их перемещения.</numerusform>
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
        <translation>Этого правила больше нет в руководстве по стилю; при следующем аудите его замечания будут удалены.</translation>
    </message>
    <message>
        <source>Companies sharing an e-mail address with another</source>
        <translation>Компании с общим адресом эл. почты</translation>
    </message>
    <message>
        <source>Contacts sharing an e-mail address or phone number with another</source>
        <translation>Контакты с общим адресом эл. почты или номером телефона</translation>
    </message>
    <message>
        <source>Records that may be duplicates: the audit&apos;s uniqueness score counts them.</source>
        <translation>Записи, которые могут быть дубликатами: они учитываются в оценке уникальности при аудите.</translation>
    </message>
    <message>
        <source>Contacts the last duplicate scan found to be one person, waiting for review: merge them, or mark them as not duplicates, in Duplicates.</source>
        <translation>Контакты, которые последняя проверка признала одним человеком и которые ждут просмотра: объедините их или отметьте как не дубликаты в разделе «Дубликаты».</translation>
    </message>
    <message>
        <source>One group skipped for later is not counted here; the uniqueness score still counts it.</source>
        <translation>Одна отложенная группа здесь не учитывается; оценка уникальности её учитывает.</translation>
    </message>
    <message>
        <source>These contacts may be duplicates. No duplicate scan has run yet: a scan compares names, addresses and more, and finds the real groups to merge or keep apart.</source>
        <translation>Эти контакты могут быть дубликатами. Проверки на дубликаты ещё не было: она сравнивает имена, адреса и другое и находит настоящие группы, чтобы объединить их или оставить раздельными.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate group</source>
        <translation>
            <numerusform>%Ln группа дубликатов</numerusform>
            <numerusform>%Ln группы дубликатов</numerusform>
            <numerusform>%Ln групп дубликатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate groups</source>
        <translation>
            <numerusform>%Ln группа дубликатов</numerusform>
            <numerusform>%Ln группы дубликатов</numerusform>
            <numerusform>%Ln групп дубликатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups skipped for later are not counted here; the uniqueness score still counts them.</source>
        <translation>
            <numerusform>%Ln отложенная группа здесь не учитывается; оценка уникальности её учитывает.</numerusform>
            <numerusform>%Ln отложенные группы здесь не учитываются; оценка уникальности их учитывает.</numerusform>
            <numerusform>%Ln отложенных групп здесь не учитываются; оценка уникальности их учитывает.</numerusform>
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
        <translation>Нет недавних рабочих областей</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Очистить меню</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message numerus="yes">
        <source>%Ln company</source>
        <translation>
            <numerusform>%Ln компания</numerusform>
            <numerusform>%Ln компании</numerusform>
            <numerusform>%Ln компаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln компания</numerusform>
            <numerusform>%Ln компании</numerusform>
            <numerusform>%Ln компаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
            <numerusform>%Ln сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deals</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
            <numerusform>%Ln сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected company</source>
        <translation>
            <numerusform>Выбранная компания</numerusform>
            <numerusform>Выбранная компания</numerusform>
            <numerusform>Выбранная компания</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected companies</source>
        <translation>
            <numerusform>Выбранные компании (%Ln)</numerusform>
            <numerusform>Выбранные компании (%Ln)</numerusform>
            <numerusform>Выбранные компании (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected deal</source>
        <translation>
            <numerusform>Выбранная сделка</numerusform>
            <numerusform>Выбранная сделка</numerusform>
            <numerusform>Выбранная сделка</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected deals</source>
        <translation>
            <numerusform>Выбранные сделки (%Ln)</numerusform>
            <numerusform>Выбранные сделки (%Ln)</numerusform>
            <numerusform>Выбранные сделки (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected contact</source>
        <translation>
            <numerusform>Выбранный контакт</numerusform>
            <numerusform>Выбранный контакт</numerusform>
            <numerusform>Выбранный контакт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected contacts</source>
        <translation>
            <numerusform>Выбранные контакты (%Ln)</numerusform>
            <numerusform>Выбранные контакты (%Ln)</numerusform>
            <numerusform>Выбранные контакты (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The one company in this view</source>
        <translation>
            <numerusform>Единственная компания в этом представлении</numerusform>
            <numerusform>Единственная компания в этом представлении</numerusform>
            <numerusform>Единственная компания в этом представлении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln companies in this view</source>
        <translation>
            <numerusform>Все компании в этом представлении (%Ln)</numerusform>
            <numerusform>Все компании в этом представлении (%Ln)</numerusform>
            <numerusform>Все компании в этом представлении (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The one deal in this view</source>
        <translation>
            <numerusform>Единственная сделка в этом представлении</numerusform>
            <numerusform>Единственная сделка в этом представлении</numerusform>
            <numerusform>Единственная сделка в этом представлении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln deals in this view</source>
        <translation>
            <numerusform>Все сделки в этом представлении (%Ln)</numerusform>
            <numerusform>Все сделки в этом представлении (%Ln)</numerusform>
            <numerusform>Все сделки в этом представлении (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The one contact in this view</source>
        <translation>
            <numerusform>Единственный контакт в этом представлении</numerusform>
            <numerusform>Единственный контакт в этом представлении</numerusform>
            <numerusform>Единственный контакт в этом представлении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln contacts in this view</source>
        <translation>
            <numerusform>Все контакты в этом представлении (%Ln)</numerusform>
            <numerusform>Все контакты в этом представлении (%Ln)</numerusform>
            <numerusform>Все контакты в этом представлении (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Контакты</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>All dates</source>
        <translation>Все даты</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Next 12 months</source>
        <translation>Следующие 12 месяцев</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Произвольный период</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>по %1</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>все даты</translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message numerus="yes">
        <source>Not updated or contacted since %1, more than %Ln months ago; check that the record is still right, or archive it.</source>
        <translation>
            <numerusform>Не обновлялся и не было контактов с %1, более %Ln месяца назад; проверьте, актуальна ли запись, или отправьте её в архив.</numerusform>
            <numerusform>Не обновлялся и не было контактов с %1, более %Ln месяцев назад; проверьте, актуальна ли запись, или отправьте её в архив.</numerusform>
            <numerusform>Не обновлялся и не было контактов с %1, более %Ln месяцев назад; проверьте, актуальна ли запись, или отправьте её в архив.</numerusform>
        </translation>
    </message>
    <message>
        <source>has extra spaces</source>
        <translation>содержит лишние пробелы</translation>
    </message>
    <message>
        <source>contains invisible characters or letter variants that search would miss</source>
        <translation>содержит невидимые символы или варианты букв, которые поиск пропустит</translation>
    </message>
    <message>
        <source>is not in capitals</source>
        <translation>не в верхнем регистре</translation>
    </message>
    <message>
        <source>is not in lowercase</source>
        <translation>не в нижнем регистре</translation>
    </message>
    <message>
        <source>is not in title case</source>
        <translation>не с заглавной буквы в каждом слове</translation>
    </message>
    <message>
        <source>is not in the national form the style guide stores</source>
        <translation>не в национальном формате, принятом в руководстве по стилю</translation>
    </message>
    <message>
        <source>is not in the international form the style guide stores</source>
        <translation>не в международном формате, принятом в руководстве по стилю</translation>
    </message>
    <message>
        <source>is not in the form the style guide stores (the domain in lowercase)</source>
        <translation>не в формате, принятом в руководстве по стилю (домен в нижнем регистре)</translation>
    </message>
    <message>
        <source>is not a two-letter ISO country code</source>
        <translation>не является двухбуквенным кодом страны ISO</translation>
    </message>
    <message>
        <source>is not written as in the list</source>
        <translation>не совпадает с написанием в списке</translation>
    </message>
    <message>
        <source>is not an ISO date (year-month-day)</source>
        <translation>не является датой ISO (год-месяц-день)</translation>
    </message>
    <message>
        <source>is not the standard spelling of the legal form</source>
        <translation>не является стандартным написанием правовой формы</translation>
    </message>
    <message>
        <source>does not spell its legal form the standard way</source>
        <translation>содержит правовую форму в нестандартном написании</translation>
    </message>
    <message>
        <source>%1 is required; fill it in before saving.</source>
        <translation>Поле «%1» обязательно; заполните его перед сохранением.</translation>
    </message>
    <message>
        <source>%1 is empty; fill it in.</source>
        <translation>Поле «%1» не заполнено; заполните его.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>Fill in %1 before saving; at least one is required.</source>
        <translation>Заполните %1 перед сохранением; хотя бы одно поле обязательно.</translation>
    </message>
    <message>
        <source>Fill in %1; at least one is expected.</source>
        <translation>Заполните %1; ожидается хотя бы одно поле.</translation>
    </message>
    <message>
        <source>%1 “%2” holds nothing but spaces or invisible characters; leave it empty.</source>
        <translation>%1 «%2» содержит только пробелы или невидимые символы; оставьте поле пустым.</translation>
    </message>
    <message>
        <source>%1 “%2” %3, so it is stored as “%4”.</source>
        <translation>%1 «%2» %3, поэтому сохраняется как «%4».</translation>
    </message>
    <message>
        <source>%1 “%2” %3; write “%4” before saving.</source>
        <translation>%1 «%2» %3; перед сохранением запишите «%4».</translation>
    </message>
    <message>
        <source>%1 “%2” %3; write “%4”.</source>
        <translation>%1 «%2» %3; запишите «%4».</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Возможно, имелось в виду «%1»?</translation>
    </message>
    <message>
        <source>Correct it before saving.</source>
        <translation>Исправьте перед сохранением.</translation>
    </message>
    <message>
        <source>Do not e-mail is set, but the contact is tagged “%1”; remove the tag, or clear Do not e-mail after asking the person.</source>
        <translation>Включено «Не отправлять письма», но у контакта есть тег «%1»; снимите тег или, спросив человека, отключите «Не отправлять письма».</translation>
    </message>
    <message>
        <source>The contact unsubscribed on %1, but Do not e-mail is not set; set it so that nobody writes to them by mistake.</source>
        <translation>Контакт отписался %1, но «Не отправлять письма» не включено; включите, чтобы никто не написал ему по ошибке.</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 и ещё %Ln</numerusform>
            <numerusform>%1 и ещё %Ln</numerusform>
            <numerusform>%1 и ещё %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательное заполнение</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Пробелы</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Символы</translation>
    </message>
    <message>
        <source>Casing</source>
        <translation>Регистр</translation>
    </message>
    <message>
        <source>Phone format</source>
        <translation>Формат телефона</translation>
    </message>
    <message>
        <source>E-mail format</source>
        <translation>Формат эл. почты</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Код страны</translation>
    </message>
    <message>
        <source>Picklist</source>
        <translation>Список значений</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Формат даты</translation>
    </message>
    <message>
        <source>Stale records</source>
        <translation>Устаревшие записи</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Error: blocks saving until it is corrected.</source>
        <translation>Ошибка: сохранение невозможно, пока она не исправлена.</translation>
    </message>
    <message>
        <source>Warning: marks the record for someone to look at.</source>
        <translation>Предупреждение: запись помечается, чтобы её кто-нибудь проверил.</translation>
    </message>
    <message>
        <source>Fix: Kempt corrects the value by itself.</source>
        <translation>Исправление: Kempt исправляет значение автоматически.</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>Нет данных: %1</translation>
    </message>
    <message>
        <source>Missing %1</source>
        <translation>Не заполнено: %1</translation>
    </message>
    <message>
        <source>Stray spaces</source>
        <translation>Лишние пробелы</translation>
    </message>
    <message>
        <source>Invisible or mixed characters</source>
        <translation>Невидимые или смешанные символы</translation>
    </message>
    <message>
        <source>Casing of %1</source>
        <translation>Регистр: %1</translation>
    </message>
    <message>
        <source>Phone numbers to correct</source>
        <translation>Номера телефонов для исправления</translation>
    </message>
    <message>
        <source>E-mail addresses to correct</source>
        <translation>Адреса эл. почты для исправления</translation>
    </message>
    <message>
        <source>Countries not written as codes</source>
        <translation>Страны, записанные не кодами</translation>
    </message>
    <message>
        <source>%1 not from the list</source>
        <translation>%1: значение не из списка</translation>
    </message>
    <message>
        <source>%1 not written as ISO dates</source>
        <translation>%1: даты не в формате ISO</translation>
    </message>
    <message numerus="yes">
        <source>Not touched in %Ln month</source>
        <translation>
            <numerusform>Без активности %Ln месяц</numerusform>
            <numerusform>Без активности %Ln месяца</numerusform>
            <numerusform>Без активности %Ln месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not touched in %Ln months</source>
        <translation>
            <numerusform>Без активности %Ln месяц</numerusform>
            <numerusform>Без активности %Ln месяца</numerusform>
            <numerusform>Без активности %Ln месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>Newsletter tag despite “do not e-mail”</source>
        <translation>Тег рассылки при «Не отправлять письма»</translation>
    </message>
    <message>
        <source>Unsubscribed but e-mail still allowed</source>
        <translation>Отписан, но письма всё ещё разрешены</translation>
    </message>
    <message>
        <source>Legal forms spelled differently</source>
        <translation>Правовые формы в нестандартном написании</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation>Начинать С Прописных</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>ВСЕ ПРОПИСНЫЕ</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>все строчные</translation>
    </message>
    <message>
        <source>Keep as typed</source>
        <translation>Как введено</translation>
    </message>
    <message>
        <source>Month first (03/04/2024 is 4 March)</source>
        <translation>Сначала месяц (03/04/2024 — 4 марта)</translation>
    </message>
    <message>
        <source>Year first (2024/03/04)</source>
        <translation>Сначала год (2024/03/04)</translation>
    </message>
    <message>
        <source>Day first (03/04/2024 is 3 April)</source>
        <translation>Сначала день (03/04/2024 — 3 апреля)</translation>
    </message>
    <message>
        <source>National (030 1234567)</source>
        <translation>Национальный (030 1234567)</translation>
    </message>
    <message>
        <source>International (+49 30 1234567)</source>
        <translation>Международный (+49 30 1234567)</translation>
    </message>
    <message>
        <source>A newsletter tag on a contact marked “do not e-mail”</source>
        <translation>Тег рассылки у контакта с отметкой «Не отправлять письма»</translation>
    </message>
    <message>
        <source>Unsubscribed without “do not e-mail” set</source>
        <translation>Отписан, но «Не отправлять письма» не включено</translation>
    </message>
    <message>
        <source>At least one of %1 is filled in.</source>
        <translation>Заполнено хотя бы одно из полей: %1.</translation>
    </message>
    <message>
        <source>%1 must be filled in.</source>
        <translation>Обязательно для заполнения: %1.</translation>
    </message>
    <message>
        <source>Spaces are trimmed at both ends and runs of spaces inside become one (%1).</source>
        <translation>Пробелы в начале и в конце удаляются, а несколько пробелов подряд внутри заменяются одним (%1).</translation>
    </message>
    <message>
        <source>Spaces are trimmed at both ends (%1).</source>
        <translation>Пробелы в начале и в конце удаляются (%1).</translation>
    </message>
    <message>
        <source>Invisible characters and stray direction marks are removed, Arabic and Persian letter variants are unified and text is stored in Unicode NFC (%1).</source>
        <translation>Невидимые символы и лишние метки направления текста удаляются, варианты арабских и персидских букв унифицируются, а текст сохраняется в Unicode NFC (%1).</translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%1 — регистр «%2».</translation>
    </message>
    <message>
        <source>Kept as written: %1.</source>
        <translation>Без изменений остаются: %1.</translation>
    </message>
    <message>
        <source>Stored in the international E.164 form and shown as %1.</source>
        <translation>Хранится в международном формате E.164, отображается в формате: %1.</translation>
    </message>
    <message>
        <source>Trimmed and written in lower case throughout.</source>
        <translation>Пробелы по краям удаляются, весь адрес записывается в нижнем регистре.</translation>
    </message>
    <message>
        <source>Trimmed, with the domain in lower case; the part before the @ stays as typed.</source>
        <translation>Пробелы по краям удаляются, домен записывается в нижнем регистре; часть перед @ остаётся в том виде, в каком введена.</translation>
    </message>
    <message>
        <source>Stored as the two-letter ISO 3166 code (DE, US, AE); names and common aliases are recognised.</source>
        <translation>Хранится как двухбуквенный код ISO 3166 (DE, US, AE); названия и распространённые варианты распознаются.</translation>
    </message>
    <message>
        <source>Allowed values: %1.</source>
        <translation>Допустимые значения: %1.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Also understood: %1.</source>
        <translation>Также распознаются: %1.</translation>
    </message>
    <message>
        <source>Stored as ISO 8601 (2024-04-03). Numeric dates are read %1.</source>
        <translation>Хранится в формате ISO 8601 (2024-04-03). Числовые даты читаются так: %1.</translation>
    </message>
    <message numerus="yes">
        <source>A record nobody updated or contacted for %Ln month is stale.</source>
        <translation>
            <numerusform>Запись, которую не обновляли и по которой не было контактов %Ln месяц, считается устаревшей.</numerusform>
            <numerusform>Запись, которую не обновляли и по которой не было контактов %Ln месяца, считается устаревшей.</numerusform>
            <numerusform>Запись, которую не обновляли и по которой не было контактов %Ln месяцев, считается устаревшей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A record nobody updated or contacted for %Ln months is stale.</source>
        <translation>
            <numerusform>Запись, которую не обновляли и по которой не было контактов %Ln месяц, считается устаревшей.</numerusform>
            <numerusform>Запись, которую не обновляли и по которой не было контактов %Ln месяца, считается устаревшей.</numerusform>
            <numerusform>Запись, которую не обновляли и по которой не было контактов %Ln месяцев, считается устаревшей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Newsletter tags: %1.</source>
        <translation>Теги рассылки: %1.</translation>
    </message>
    <message>
        <source>Legal forms are spelled the standard way (GmbH, LLC, Ltd, ООО, شركة).</source>
        <translation>Правовые формы записываются стандартным образом (GmbH, LLC, Ltd, ООО, شركة).</translation>
    </message>
</context>
<context>
    <name>StageGate</name>
    <message>
        <source>A stage cannot require &quot;%1&quot;; it is not a deal field a person fills in. Use one of: %2.</source>
        <translation>Этап не может требовать &quot;%1&quot;: это не поле сделки, заполняемое пользователем. Используйте одно из полей: %2.</translation>
    </message>
    <message>
        <source>Deal %1 no longer exists; it may have been deleted.</source>
        <translation>Сделка %1 больше не существует; возможно, она удалена.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
</context>
<context>
    <name>StageHistoryModel</name>
    <message>
        <source>%1 (pipeline %2)</source>
        <translation>%1 (воронка %2)</translation>
    </message>
    <message>
        <source>(removed stage)</source>
        <translation>(удалённый этап)</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>всё ещё на этапе</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 день</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Время на этапе</translation>
    </message>
</context>
<context>
    <name>StageTableModel</name>
    <message numerus="yes">
        <source>%Ln open, the others won, lost or in the trash</source>
        <translation>
            <numerusform>%Ln открыта, остальные выиграны, проиграны или в корзине</numerusform>
            <numerusform>%Ln открыты, остальные выиграны, проиграны или в корзине</numerusform>
            <numerusform>%Ln открыто, остальные выиграны, проиграны или в корзине</numerusform>
        </translation>
    </message>
    <message>
        <source>A deal enters %1 only with these fields filled in.</source>
        <translation>Сделка переходит на этап %1 только при заполнении этих полей.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 день</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Rots after</source>
        <translation>Застой через</translation>
    </message>
    <message>
        <source>Required to enter</source>
        <translation>Требуется для перехода</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>The probability of stage &quot;%1&quot; must lie between 0 % and 100 %.</source>
        <translation>Вероятность этапа &quot;%1&quot; должна быть в диапазоне от 0 % до 100 %.</translation>
    </message>
    <message>
        <source>The rotting period of stage &quot;%1&quot; cannot be negative; use 0 for none.</source>
        <translation>Срок застоя для этапа &quot;%1&quot; не может быть отрицательным; укажите 0, если срок не нужен.</translation>
    </message>
</context>
<context>
    <name>StyleGuide</name>
    <message>
        <source>%1: the param &quot;%2&quot; must be true or false.</source>
        <translation>%1: параметр &quot;%2&quot; должен быть true или false.</translation>
    </message>
    <message>
        <source>%1: the param &quot;%2&quot; is %3; use one of %4.</source>
        <translation>%1: параметр &quot;%2&quot; — %3; используйте одно из значений: %4.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>%1: the param &quot;%2&quot; must be a list of texts with at least one entry.</source>
        <translation>%1: параметр &quot;%2&quot; должен быть списком строк хотя бы с одним элементом.</translation>
    </message>
    <message>
        <source>%1: the param &quot;%2&quot; must be a list of texts, like [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>%1: параметр &quot;%2&quot; должен быть списком строк, например [&quot;a&quot;, &quot;b&quot;].</translation>
    </message>
    <message>
        <source>%1: entry %2 of the param &quot;%3&quot; is not a text. Write it in quotes and leave none empty.</source>
        <translation>%1: элемент %2 параметра &quot;%3&quot; — не строка. Заключите его в кавычки и не оставляйте пустых элементов.</translation>
    </message>
    <message>
        <source>%1: the value &quot;%2&quot; is listed twice in &quot;values&quot;. List each value once.</source>
        <translation>%1: значение &quot;%2&quot; указано в &quot;values&quot; дважды. Указывайте каждое значение один раз.</translation>
    </message>
    <message>
        <source>%1: the param &quot;synonyms&quot; must map what people type to a value, like {&quot;website&quot;: &quot;Web&quot;}.</source>
        <translation>%1: параметр &quot;synonyms&quot; должен сопоставлять вводимый текст со значением, например {&quot;website&quot;: &quot;Web&quot;}.</translation>
    </message>
    <message>
        <source>%1: a synonym in &quot;synonyms&quot; is empty. Remove it.</source>
        <translation>%1: один из синонимов в &quot;synonyms&quot; пуст. Удалите его.</translation>
    </message>
    <message>
        <source>%1: the synonym &quot;%2&quot; points to &quot;%3&quot;, which is not one of the &quot;values&quot;. Point it to one of: %4.</source>
        <translation>%1: синоним &quot;%2&quot; указывает на &quot;%3&quot;, которого нет в &quot;values&quot;. Укажите одно из значений: %4.</translation>
    </message>
    <message>
        <source>%1: a %2 rule takes no params; remove &quot;%3&quot;.</source>
        <translation>%1: правило типа %2 не принимает параметров; удалите &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: a %2 rule has no param &quot;%3&quot;; it knows %4.</source>
        <translation>%1: у правила типа %2 нет параметра &quot;%3&quot;; известные параметры: %4.</translation>
    </message>
    <message>
        <source>%1: the param &quot;months&quot; must be a whole number of months from 1 to 1200.</source>
        <translation>%1: параметр &quot;months&quot; должен быть целым числом месяцев от 1 до 1200.</translation>
    </message>
    <message>
        <source>%1: the param &quot;tags&quot; belongs to the newsletter_tag conflict; remove it.</source>
        <translation>%1: параметр &quot;tags&quot; относится к конфликту newsletter_tag; удалите его.</translation>
    </message>
    <message>
        <source>The style guide is not valid JSON: %1 at character %2. Correct the file and try again.</source>
        <translation>Руководство по стилю — некорректный JSON: %1 в символе %2. Исправьте файл и повторите попытку.</translation>
    </message>
    <message>
        <source>The style guide must be a JSON object with a &quot;rules&quot; list.</source>
        <translation>Руководство по стилю должно быть JSON-объектом со списком &quot;rules&quot;.</translation>
    </message>
    <message>
        <source>The file is not a Kempt style guide: &quot;format&quot; is &quot;%1&quot; instead of &quot;%2&quot;.</source>
        <translation>Файл не является руководством по стилю Kempt: &quot;format&quot; равен &quot;%1&quot;, а не &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The style guide&apos;s &quot;version&quot; must be a whole number (or left out).</source>
        <translation>&quot;version&quot; в руководстве по стилю должно быть целым числом (или отсутствовать).</translation>
    </message>
    <message>
        <source>The style guide&apos;s &quot;defaultRegion&quot; must be a two-letter country code such as &quot;DE&quot;, or &quot;&quot;.</source>
        <translation>&quot;defaultRegion&quot; в руководстве по стилю должно быть двухбуквенным кодом страны, например &quot;DE&quot;, или &quot;&quot;.</translation>
    </message>
    <message>
        <source>The style guide has no &quot;rules&quot; list. Put its rules in &quot;rules&quot;: [ ... ].</source>
        <translation>В руководстве по стилю нет списка &quot;rules&quot;. Поместите правила в &quot;rules&quot;: [ ... ].</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Правило %1</translation>
    </message>
    <message>
        <source>%1 is not an object. Write each rule as {&quot;id&quot;: ..., &quot;kind&quot;: ..., ...}.</source>
        <translation>%1 — не объект. Записывайте каждое правило как {&quot;id&quot;: ..., &quot;kind&quot;: ..., ...}.</translation>
    </message>
    <message>
        <source>%1 (%2): rule %3 has the same id. Give each rule its own id.</source>
        <translation>%1 (%2): у правила %3 такой же идентификатор. Дайте каждому правилу свой идентификатор.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of texts, like [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>%1: &quot;%2&quot; должен быть списком строк, например [&quot;a&quot;, &quot;b&quot;].</translation>
    </message>
    <message>
        <source>%1: entry %2 of &quot;%3&quot; is not a text. Put it in quotes.</source>
        <translation>%1: элемент %2 в &quot;%3&quot; — не строка. Заключите его в кавычки.</translation>
    </message>
    <message>
        <source>%1: &quot;fields&quot; is empty. Name the fields the rule checks, e.g. [&quot;email&quot;].</source>
        <translation>%1: &quot;fields&quot; пуст. Перечислите поля, которые проверяет правило, например [&quot;email&quot;].</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a field of a %3. Use one of: %4.</source>
        <translation>%1: &quot;%2&quot; не является полем объекта %3. Используйте одно из полей: %4.</translation>
    </message>
    <message>
        <source>%1: a %2 rule cannot check the field &quot;%3&quot;. Remove the field or use another kind of rule.</source>
        <translation>%1: правило типа %2 не может проверять поле &quot;%3&quot;. Удалите поле или используйте правило другого типа.</translation>
    </message>
    <message>
        <source>%1: a picklist rule cannot check &quot;%2&quot;, which holds several values.</source>
        <translation>%1: правило списка значений не может проверять &quot;%2&quot;: это поле содержит несколько значений.</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is listed twice. List each field once.</source>
        <translation>%1: поле &quot;%2&quot; указано дважды. Указывайте каждое поле один раз.</translation>
    </message>
    <message>
        <source>%1: consent rules apply to contacts. Set &quot;entity&quot; to &quot;contact&quot;.</source>
        <translation>%1: правила согласия применяются к контактам. Задайте для &quot;entity&quot; значение &quot;contact&quot;.</translation>
    </message>
    <message>
        <source>%1: legal form rules apply to companies. Set &quot;entity&quot; to &quot;company&quot;.</source>
        <translation>%1: правила правовой формы применяются к компаниям. Задайте для &quot;entity&quot; значение &quot;company&quot;.</translation>
    </message>
    <message>
        <source>%1: a %2 rule has nothing to fix automatically. Set &quot;severity&quot; to &quot;error&quot; or &quot;warning&quot;.</source>
        <translation>%1: правилу типа %2 нечего исправлять автоматически. Задайте для &quot;severity&quot; значение &quot;error&quot; или &quot;warning&quot;.</translation>
    </message>
    <message>
        <source>%1 has no &quot;id&quot;. Give it a stable name such as &quot;contact.email.format&quot;.</source>
        <translation>У %1 нет &quot;id&quot;. Дайте ему постоянное имя, например &quot;contact.email.format&quot;.</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; may hold only lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>%1: идентификатор &quot;%2&quot; может содержать только строчные латинские буквы, цифры, &apos;.&apos;, &apos;_&apos; и &apos;-&apos;.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a rule setting. Use %3.</source>
        <translation>%1: &quot;%2&quot; — не параметр правила. Используйте %3.</translation>
    </message>
    <message>
        <source>%1: &quot;kind&quot; is &quot;%2&quot;; use one of %3.</source>
        <translation>%1: &quot;kind&quot; равен &quot;%2&quot;; используйте одно из значений: %3.</translation>
    </message>
    <message>
        <source>%1: &quot;entity&quot; is &quot;%2&quot;; use &quot;contact&quot; or &quot;company&quot;.</source>
        <translation>%1: &quot;entity&quot; равен &quot;%2&quot;; используйте &quot;contact&quot; или &quot;company&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;severity&quot; is &quot;%2&quot;; use &quot;error&quot; (blocks saving), &quot;warning&quot; (marks the record) or &quot;fix&quot; (applied automatically).</source>
        <translation>%1: &quot;severity&quot; равен &quot;%2&quot;; используйте &quot;error&quot; (запрещает сохранение), &quot;warning&quot; (помечает запись) или &quot;fix&quot; (применяется автоматически).</translation>
    </message>
    <message>
        <source>%1: &quot;enabled&quot; must be true or false.</source>
        <translation>%1: &quot;enabled&quot; должен быть true или false.</translation>
    </message>
    <message>
        <source>%1 has no &quot;description&quot;. Say in a sentence what the rule asks for.</source>
        <translation>У %1 нет &quot;description&quot;. Опишите одним предложением, чего требует правило.</translation>
    </message>
    <message>
        <source>%1: &quot;params&quot; must be an object, like {&quot;casing&quot;: &quot;title&quot;}.</source>
        <translation>%1: &quot;params&quot; должен быть объектом, например {&quot;casing&quot;: &quot;title&quot;}.</translation>
    </message>
</context>
<context>
    <name>StyleGuideDocument</name>
    <message>
        <source>Good</source>
        <translation>Правильно</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Неправильно</translation>
    </message>
    <message>
        <source>Data style guide</source>
        <translation>Руководство по стилю данных</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Kempt&apos;s default guide</source>
        <translation>Руководство Kempt по умолчанию</translation>
    </message>
    <message>
        <source>These are the rules our customer data follows. Kempt applies them when a record is typed in, when a file is imported and in every audit. Each rule has a severity:</source>
        <translation>Это правила, которым следуют наши данные о клиентах. Kempt применяет их при вводе записи, при импорте файла и при каждом аудите. У каждого правила есть уровень важности:</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as numbers of %1.</source>
        <translation>Телефонные номера без кода страны считаются номерами страны %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule of the guide is switched off and not listed.</source>
        <translation>
            <numerusform>%Ln правило руководства отключено и не приводится.</numerusform>
            <numerusform>%Ln правила руководства отключены и не приводятся.</numerusform>
            <numerusform>%Ln правил руководства отключено и не приводится.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rules of the guide are switched off and not listed.</source>
        <translation>
            <numerusform>%Ln правило руководства отключено и не приводится.</numerusform>
            <numerusform>%Ln правила руководства отключены и не приводятся.</numerusform>
            <numerusform>%Ln правил руководства отключено и не приводится.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StyleGuideFiles</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Не удаётся записать %1: %2. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Data style guide</source>
        <translation>Руководство по стилю данных</translation>
    </message>
    <message>
        <source>Cannot write %1. Choose another folder.</source>
        <translation>Не удаётся записать %1. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Print Style Guide</source>
        <translation>Печать руководства по стилю</translation>
    </message>
</context>
<context>
    <name>StyleGuideStore</name>
    <message>
        <source>There is no style guide version %1.</source>
        <translation>Версии %1 руководства по стилю нет.</translation>
    </message>
    <message>
        <source>Style guide version %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать версию %1 руководства по стилю: %2</translation>
    </message>
    <message>
        <source>The style guide was not saved: %1</source>
        <translation>Руководство по стилю не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <source>Deals cannot carry tags. Tag the deal&apos;s contact or company instead.</source>
        <translation>Сделкам нельзя назначать теги. Назначьте тег контакту или компании сделки.</translation>
    </message>
    <message>
        <source>A tag needs a name. Type a name such as &quot;Customer&quot;.</source>
        <translation>Тегу нужно имя. Введите имя, например &quot;Клиент&quot;.</translation>
    </message>
    <message>
        <source>The tag name &quot;%1&quot; contains a comma, but commas separate tags. Use another character, such as a dash.</source>
        <translation>Имя тега &quot;%1&quot; содержит запятую, а запятые разделяют теги. Используйте другой символ, например дефис.</translation>
    </message>
    <message>
        <source>A tag named &quot;%1&quot; already exists. Use that tag or choose another name.</source>
        <translation>Тег с именем &quot;%1&quot; уже существует. Используйте его или выберите другое имя.</translation>
    </message>
    <message>
        <source>The tag no longer exists. Refresh the tag list and try again.</source>
        <translation>Тег больше не существует. Обновите список тегов и повторите попытку.</translation>
    </message>
    <message>
        <source>Another tag is already named &quot;%1&quot;. To combine the two, merge &quot;%2&quot; into &quot;%1&quot; instead.</source>
        <translation>Другой тег уже называется &quot;%1&quot;. Чтобы объединить их, слейте &quot;%2&quot; с &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>One of the tags to merge no longer exists. Refresh the tag list and try again.</source>
        <translation>Один из объединяемых тегов больше не существует. Обновите список тегов и повторите попытку.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself. Choose two different tags.</source>
        <translation>Тег нельзя объединить с самим собой. Выберите два разных тега.</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>due %1</source>
        <translation>срок: %1</translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <source>A note is not an activity. Add it as a note instead.</source>
        <translation>Заметка — это не действие. Добавьте её как заметку.</translation>
    </message>
    <message>
        <source>A task needs a subject that says what to do. Type one, such as &quot;Send the offer&quot;.</source>
        <translation>У задачи должна быть тема, описывающая, что нужно сделать. Введите её, например &quot;Отправить предложение&quot;.</translation>
    </message>
    <message>
        <source>The %1 with id %2 no longer exists, so nothing can be added to its timeline. Refresh the list and try again.</source>
        <translation>Объект «%1» с идентификатором %2 больше не существует, поэтому в его хронологию ничего нельзя добавить. Обновите список и повторите попытку.</translation>
    </message>
    <message>
        <source>A note needs some text. Type the note, or cancel.</source>
        <translation>В заметке должен быть текст. Введите заметку или отмените.</translation>
    </message>
    <message>
        <source>A note needs some text. To remove the note, delete it instead.</source>
        <translation>В заметке должен быть текст. Чтобы убрать заметку, удалите её.</translation>
    </message>
    <message>
        <source>The note no longer exists. Refresh the timeline and try again.</source>
        <translation>Заметка больше не существует. Обновите хронологию и повторите попытку.</translation>
    </message>
    <message>
        <source>The activity no longer exists. Refresh the timeline and try again.</source>
        <translation>Действие больше не существует. Обновите хронологию и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>WidgetExporter</name>
    <message>
        <source>Cannot write %1. Choose a folder you may write to and try again.</source>
        <translation>Не удаётся записать %1. Выберите папку, доступную для записи, и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop CRM that keeps customer data clean.</source>
        <translation>Настольная CRM-система, которая поддерживает чистоту данных о клиентах.</translation>
    </message>
    <message>
        <source>The workspace file to open (created when missing).</source>
        <translation>Файл рабочей области для открытия (создаётся, если его нет).</translation>
    </message>
</context>
</TS>
