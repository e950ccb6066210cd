from argcheck import t
t('bool(1, 2)')
t('bool(x=1)')
t('bool(1, x=1)')
t('bool(y=1)')
t('bool()')
t('bool([])')
