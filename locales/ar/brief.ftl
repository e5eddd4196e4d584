# الموجز (report --format md) باللغة العربية. انظر locales/en/brief.ftl.

## كتابة الأعداد: أرقام غربية مع نقطة عشرية («92.58»)، كما في الجداول والبيانات.
number-decimal-separator = .

## الترويسة
brief-title = { $country }: مؤشر الأمن السيبراني { $year }
provenance = المصدر: { $source }. البيانات: { $files }. تاريخ الإعداد: { $date }.
source-not-stated = غير مذكور في الملف
source-rows-without = عدد الصفوف التي لا تذكر مصدرًا: { $n }
files-sheet = { $files }، الورقة «{ $sheet }»
list-and-more = { $list } و{ $n } غيرها

## النتيجة الرئيسية
headline-overall = المؤشر العام: { $index } / 100
headline-overall-tier = المؤشر العام: { $index } / 100، المستوى { $tier } ({ $name })
headline-since = ، بتغيّر قدره { $delta } نقطة منذ عام { $year } ({ $then }).
headline-end = .
ranked = الترتيب: { $standing }.
coverage = المؤشر هو متوسط { $scored } من أصل { $total } ركائز؛ الركائز غير المُقيَّمة: { $missing }.
list-separator = {"، "}

## الترتيب بين الدول النظيرة
ordinal = { $n }
standing = { $ordinal } من بين { $group }
standing-tied = ، بالتساوي مع { $n }
standing-ahead = ؛ عدد الدول ذات الدرجة الأعلى: { $n }
group-region = دول منطقة { $name } وعددها { $n }
group-region-added = دول منطقة { $name } وعددها { $n }، إضافةً إلى { $added }
group-peers = الدول النظيرة وعددها { $n } ({ $list })
group-all = دول الملف وعددها { $n }
group-scored = { $of } لها درجة في عام { $year }، من بين { $group }

## الركائز
pillars-heading = الركائز
col-pillar = الركيزة
col-change = التغيّر
col-assessed = المؤشرات المُقيَّمة
col-potential-gain = المكسب المحتمل
col-rank = الترتيب
potential-gain-note = المكسب المحتمل: مقدار ارتفاع المؤشر العام لو بلغ كل مؤشر من مؤشرات الركيزة هدفه.
weakest-heading = أضعف الركائز

## الأولويات
fix-first-heading = أولويات المعالجة
fix-first-intro = مرتّبة حسب المكسب في المؤشر العام: مقدار ارتفاعه لو بلغ المؤشر هدفه.
col-indicator = المؤشر
col-score = الدرجة
col-target = الهدف
col-index-gain = المكسب في المؤشر العام
no-gaps-at-target = جميع المؤشرات بلغت أهدافها أو تجاوزتها.
no-gaps-unlisted = عدد المؤشرات التي من شأنها رفع المؤشر العام: { $n }؛ لم يُدرج أيٌّ منها (--top 0).

## التغيّرات منذ سنة المقارنة
changes-heading = التغيّرات منذ عام { $year }
changes-counts = تحسّن: { $improved }؛ تراجع: { $declined }؛ دون تغيير: { $unchanged }؛ جديد: { $new }؛ لم يعد مُدرجًا: { $dropped }؛ غير مُقيَّم: { $notassessed }.
changes-declined = المؤشرات التي تراجعت:
changes-improved = المؤشرات التي تحسّنت، من الأكبر ارتفاعًا إلى الأصغر:
changes-and-more = و{ $n } غيرها
change-score-points = { $delta } نقطة في الدرجة
change-attainment-points = { $delta } نقطة مئوية في نسبة الإنجاز

## السيناريو (--scenario)
scenario-heading = السيناريو: { $file } (إسقاط، وليس بيانات فعلية)
scenario-changes = تعديلاته البالغ عددها { $n }
scenario-summary = بتطبيق { $changes }، سيبلغ المؤشر العام { $projected } ({ $projectedtier }) بدلًا من { $actual } ({ $actualtier }): { $delta }.
scenario-tier = المستوى { $tier }
scenario-elsewhere = عدد التعديلات الأخرى التي تخص دولًا أو سنوات أخرى ولا تنعكس هنا: { $n }.
col-actual = الفعلي
col-projected = المُسقَط
col-changed-indicator = المؤشر المُعدَّل
col-proposed = المقترح

## المنهجية
method-note = درجة الركيزة = 100 × المتوسط المرجّح لنسبة إنجاز المؤشرات (الدرجة ÷ الحد الأقصى). المؤشر العام = متوسط الركائز المُقيَّمة. تتبع المستويات فئات المؤشر العالمي للأمن السيبراني (GCI) لعام 2024 الصادر عن الاتحاد الدولي للاتصالات.

## مستويات المؤشر العالمي للأمن السيبراني 2024
tier-1 = نموذج يُحتذى به
tier-2 = متقدّم
tier-3 = في طور الترسيخ
tier-4 = في طور التطوّر
tier-5 = في طور البناء
