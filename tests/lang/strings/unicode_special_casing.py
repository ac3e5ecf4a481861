# Checks: case mappings that change length (German sharp s, ligatures) and title-casing of non-ASCII.
print('straße'.upper(), len('straße'), len('straße'.upper()))
print('ß'.upper(), 'ß'.lower(), 'ß'.swapcase(), 'ß'.capitalize())
print('ﬁne'.upper(), len('ﬁne'.upper()))
print('STRASSE'.lower(), 'straße'.title(), 'ß'.isupper(), 'ß'.islower())
print('İ'.lower() == 'i\u0307', len('İ'.lower()))
print('éCOLE du ﬁlm'.title())
words = ['Maß', 'Fuß', 'groß']
print([w.upper() for w in words])
print([len(w.upper()) - len(w) for w in words])
print('ΣΑΣ'.lower(), 'σας'.upper())
