# كلمات خطة العمل (report --plan) باللغة العربية. انظر locales/en/plan.ftl.

plan-heading = خطة العمل
plan-goal = الهدف
col-step = الخطوة
col-from-to = الدرجة قبل وبعد
col-index-after = المؤشر بعدها
plan-partial = * رُفع جزئيًا نحو هدفه: يتحقق الهدف قبل ذلك.
