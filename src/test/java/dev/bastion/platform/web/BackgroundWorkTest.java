package dev.bastion.platform.web;

import dev.bastion.platform.Refusal;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackgroundWorkTest {

    ExecutorService threads = Executors.newSingleThreadExecutor();
    BackgroundWork work = new BackgroundWork();

    @BeforeEach
    void executor() {
        // The container's executor, played by a plain one: only submit(Runnable) is used.
        work.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> method.invoke(threads, args));
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private void awaitFinished(String key) throws InterruptedException {
        for (int i = 0; i < 200 && work.running(key); i++) {
            Thread.sleep(10);
        }
    }

    @Test
    void aJobShowsItsProgressThenItsOutcome() throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        BackgroundWork.Job started = work.start("tokens", "Checking SSO tokens", p -> {
            p.total(4);
            p.done(2);
            halfway.countDown();
            try {
                goOn.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            p.done(4);
            return "4 tokens checked.";
        });
        assertTrue(started.running());
        assertTrue(halfway.await(5, TimeUnit.SECONDS));
        assertEquals(50, work.latest("tokens").percent());
        assertEquals("2 of 4", work.latest("tokens").done() + " of " + work.latest("tokens").total());
        goOn.countDown();
        awaitFinished("tokens");
        BackgroundWork.Job done = work.latest("tokens");
        assertFalse(done.running());
        assertEquals("4 tokens checked.", done.outcome());
        assertFalse(done.failed());
    }

    @Test
    void aSecondStartWhileOneRunsShowsTheRunningOne() throws Exception {
        CountDownLatch goOn = new CountDownLatch(1);
        work.start("tokens", "first", p -> {
            try {
                goOn.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first done";
        });
        BackgroundWork.Job second = work.start("tokens", "second", p -> "second done");
        assertEquals("first", second.title());
        goOn.countDown();
        awaitFinished("tokens");
        assertEquals("first done", work.latest("tokens").outcome());
        // Once it is done, a new start runs anew.
        work.start("tokens", "again", p -> "again done");
        awaitFinished("tokens");
        assertEquals("again done", work.latest("tokens").outcome());
    }

    @Test
    void aRefusalIsShownAsItsMessageAndOtherFailuresSayWhatToDo() throws Exception {
        work.start("a", "Refreshing affiliations", p -> {
            throw new Refusal("ESI could not be asked for affiliations.");
        });
        awaitFinished("a");
        assertTrue(work.latest("a").failed());
        assertEquals("ESI could not be asked for affiliations.", work.latest("a").outcome());
        work.start("b", "Checking SSO tokens", p -> {
            throw new IllegalStateException("database gone");
        });
        awaitFinished("b");
        assertTrue(work.latest("b").outcome().startsWith("Checking SSO tokens failed: database gone."), work.latest("b").outcome());
        assertNull(work.latest("never started"));
    }
}
