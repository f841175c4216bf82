# ctest bench_seed_orders_small: madangctl sets a restaurant up, madang-bench seed-orders adds 25 sales over
# 3 days with the same device key, and madangctl checks the journal they make. Figures are not judged.
# cmake -DBENCH=... -DMADANGCTL=... -DWORK=<scratch folder> -P seedorders_smoke.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(ENV{XDG_CONFIG_HOME} "${WORK}/config")
set(db "${WORK}/terminal.db")
set(secrets "${WORK}/secrets")

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    message("${out}")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${err}")
    endif()
endfunction()

run("${MADANGCTL}" --db "${db}" --secrets "${secrets}" init --vertical restaurant --name "Smoke 식당" --demo)
run("${BENCH}" seed-orders --db "${db}" --secrets "${secrets}" --count 25 --days 3 --json)
run("${MADANGCTL}" --db "${db}" --secrets "${secrets}" journal verify)
file(REMOVE_RECURSE "${WORK}")
