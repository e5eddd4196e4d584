# كلمات خطة العمل (report --plan) باللغة العربية. انظر locales/en/plan.ftl.

plan-heading = خطة العمل
plan-goal = الهدف
plan-goal-sentence = { $goal }؛ الارتفاع اللازم: { $needed }.
col-step = الخطوة
col-from-to = الدرجة قبل وبعد
col-index-after = المؤشر بعدها
plan-partial = * رُفع جزئيًا نحو هدفه: بالقدر الكافي لبلوغ الهدف.

## الخطة بصيغة markdown (report --format md --plan). يضيف البرنامج علامات
## markdown: قد تأتي { $index } و{ $needed } بخط عريض.
plan-title = { $country }: خطة عمل لمؤشر الأمن السيبراني { $year }
plan-from-scenario = تنطلق الخطة أدناه من هذه الدرجات المُسقَطة.
plan-where-heading = الوضع الحالي
plan-overall = المؤشر العام { $index }، { $tier }.
plan-unscored = لا يوجد مؤشر عام بعد: لا تضم أي ركيزة مؤشرًا مُقيَّمًا ذا وزن
plan-weakest = أضعف الركائز: { $list }.
plan-goal-heading = الهدف
plan-goal-needed = الهدف: { $goal }؛ الارتفاع اللازم في المؤشر العام: { $needed }.
plan-steps-heading = الخطوات
plan-steps-intro = عدد التحسينات: { $n }، بمجموع { $points } نقطة من درجات المؤشرات، وفق الترتيب التالي:
col-plan-from = من
col-plan-to = إلى
col-plan-points = النقاط
col-tier-after = المستوى بعدها
plan-tier-cell = المستوى { $tier }
plan-partial-md = رُفع جزئيًا نحو هدفه: بالقدر الكافي لبلوغ الهدف.
plan-result-heading = النتيجة المتوقعة
plan-method-line = المنهجية: { $method }

## المستويات في جمل الخطة.
plan-tier-prose = المستوى { $tier } ({ $name })
plan-tier-dot = المستوى { $tier } · { $name }
plan-no-tier = دون مستوى

## الهدف.
plan-goal-tier = { $tier } عند { $score }
plan-goal-score = { $score } / 100 ({ $tier })

## النتيجة.
plan-top-tier = البلد في أعلى مستوى بالفعل، { $tier }: لا يوجد مستوى أعلى يُخطَّط له. استخدم --target-score N للتخطيط لدرجة أعلى.
plan-already-met = الهدف متحقق بالفعل: { $index } يساوي { $goal } أو يتجاوزه. لا حاجة إلى أي إجراء.
plan-result = { $index } / 100، { $tier }
plan-reached = { $result } بعد تنفيذ الخطوات (وعددها { $n }) وإضافة { $points } نقطة إلى درجات المؤشرات.
plan-unreachable = لا يمكن بلوغ الهدف
plan-no-indicator = { $unreachable }: لا يوجد مؤشر يمكنه رفع المؤشر العام.
plan-short = ، بفارق { $needed } عن الهدف { $goal }
plan-best = { $unreachable } في حدود أهداف المؤشرات: أعلى قيمة يمكن بلوغها للمؤشر العام هي { $index } / 100، { $tier }{ $short }.
plan-tail-none = لا يوجد مؤشر يمكنه رفعه أكثر من ذلك.
plan-tail-steps = الخطوات أعلاه تؤدي إلى ذلك.

## المنهجية.
plan-method = كل خطوة هي التحسين الذي يحقق أكبر ارتفاع في المؤشر العام لكل نقطة من درجة المؤشر (وعند التساوي: الارتفاع الأكبر، ثم رمز المؤشر)، ويُرفع فيها المؤشر إلى هدفه دون تجاوزه أبدًا؛ وتتوقف الخطوة الأخيرة عند بلوغ الهدف. ويُحتسب المؤشر غير المُقيَّم كأنه مُقيَّم عند هدفه: خطوة كاملة نقاطها هي هدفه.
