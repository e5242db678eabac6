package org.ccbench.startup.internal;

import static org.ccbench.db.Tables.INSTALLATION;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Several nodes may start at once on one database, also during a rolling upgrade. Before any start-up data is
 * written (templates, the first administrator, demo data) a node locks the installation row on a connection of its
 * own and keeps it until the node is ready, so the next node waits and then finds the data there. A node that dies
 * during start-up loses its connection, and with it the lock.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupLock implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private final DSLContext dsl;
    private Connection held;

    StartupLock(DataSource dataSource, DSLContext dsl) {
        this.dataSource = dataSource;
        this.dsl = dsl;
    }

    @Override
    public synchronized void run(ApplicationArguments args) throws SQLException {
        long started = System.nanoTime();
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            DSL.using(connection, dsl.dialect()).select(INSTALLATION.ID).from(INSTALLATION)
                    .where(INSTALLATION.ID.eq(1)).forUpdate().fetch();
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        held = connection;
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        if (waited.toMillis() >= 1000) {
            log.info("Waited {} s for another node to finish writing its start-up data", waited.toSeconds());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void release() throws SQLException {
        if (held != null) {
            try {
                held.commit();
            } finally {
                held.close();
                held = null;
            }
        }
    }

    /** A start-up that failed closes the context: the lock goes with the connection, uncommitted. */
    @Override
    public synchronized void destroy() throws SQLException {
        if (held != null) {
            try {
                held.rollback();
            } finally {
                held.close();
                held = null;
            }
        }
    }
}
