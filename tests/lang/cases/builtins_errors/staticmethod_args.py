from argcheck import t
t('staticmethod()')
t('staticmethod(1, 2)')
t('staticmethod(f=1)')
t('staticmethod(len, f=1)')
t('staticmethod(len)')
