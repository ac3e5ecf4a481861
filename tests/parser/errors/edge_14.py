for i in x:

# c

