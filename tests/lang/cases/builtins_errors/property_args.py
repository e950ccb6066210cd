from argcheck import t
t('property(1, 2, 3, 4, 5)')
t('property(bogus=1)')
t('property(fget=1, bogus=1)')
t('property(1, fget=2)')
t('type(property(fget=len))')
t("property(doc='d').__doc__")
