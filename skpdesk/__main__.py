from skpdesk.cli.main import main

main()
