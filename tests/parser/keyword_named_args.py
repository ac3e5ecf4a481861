f(if_=1, else_=2, class_=3, True_=4)
