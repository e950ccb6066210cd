from argcheck import t
t('vars(1, 2)')
t('vars(1)')
t('vars(o, 1)')
t('vars(x=1)')
t('vars(o)')
