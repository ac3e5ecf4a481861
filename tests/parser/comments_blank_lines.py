# leading comment

x = 1  # trailing


# between
y = 2
    # indented comment
z = 3
#last