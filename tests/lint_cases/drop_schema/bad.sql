drop schema reporting cascade; -- expect
