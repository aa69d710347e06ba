from kiln_runner.main import main

raise SystemExit(main())
