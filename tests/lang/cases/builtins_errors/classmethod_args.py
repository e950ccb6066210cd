from argcheck import t
t('classmethod()')
t('classmethod(1, 2)')
t('classmethod(f=1)')
t('classmethod(1, f=2)')
t('classmethod(len)')
