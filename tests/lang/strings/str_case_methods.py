# Checks: upper, lower, title, capitalize, swapcase on ASCII text with digits, punctuation and apostrophes.
words = ['hello', 'HELLO', 'hello world', "they're bill's friends", 'hELLO wORLD',
         '123abc', 'a1b2c3', 'mixed-Case_words', '', ' leading space', 'x']
for w in words:
    print(repr(w))
    print(' ', w.upper(), '|', w.lower(), '|', w.title())
    print(' ', w.capitalize(), '|', w.swapcase())
print('ÉCOLE'.lower(), 'école'.upper(), 'éCOLE'.capitalize(), 'ça va'.title())
print('o\'neil mc-donald'.title(), 'a.b,c;d'.title(), '3rd place'.title())
print('ABC'.lower().upper() == 'ABC', 'aBc'.swapcase().swapcase())
print('hello'.upper().isupper(), 'tItLe cAsE'.title())
