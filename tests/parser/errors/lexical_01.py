x = 'abc
y = "def"
