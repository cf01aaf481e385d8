package org.xuefa.store;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * When the embedded store's writes reach the disk, and in what state. A write command runs under a
 * shared lock, side by side with others; a commit takes the lock exclusively, so it never captures a
 * command half-applied (a document written but its unique index not yet: after {@code kill -9} the two
 * would disagree). A write is answered only once a commit begun after it has finished — acknowledged
 * means on disk — and writes that finish while a commit runs share the next one instead of one each.
 */
final class GroupCommit {

  private final Runnable commit;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Object turns = new Object();
  private long written;
  private long committed;
  private boolean committing;

  GroupCommit(Runnable commit) {
    this.commit = commit;
  }

  /**
   * Runs a write command, then waits until it is on disk — also when it failed, since a failed command
   * (a bulk write with one duplicate key, say) may have applied part of itself.
   */
  <T> T write(Supplier<T> command) {
    T result = null;
    RuntimeException failure = null;
    long mine;
    lock.readLock().lock();
    try {
      result = command.get();
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      // counted before the shared lock goes: a commit, which holds the lock exclusively, then knows
      // that every write counted so far is wholly applied and in what it writes
      synchronized (turns) {
        mine = ++written;
      }
      lock.readLock().unlock();
    }
    durable(mine);
    if (failure != null) {
      throw failure;
    }
    return result;
  }

  /** Runs {@code task} (compaction, say) with no write command in progress, and commits after it. */
  void exclusively(Runnable task) {
    lock.writeLock().lock();
    try {
      task.run();
      commit.run();
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void durable(long mine) {
    while (true) {
      synchronized (turns) {
        while (committing && committed < mine) {
          try {
            turns.wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the commit", e);
          }
        }
        if (committed >= mine) {
          return;
        }
        committing = true;
      }
      boolean ok = false;
      long target = 0;
      try {
        lock.writeLock().lock();
        try {
          // no write runs now: all those counted are applied, and this commit covers every one of them
          synchronized (turns) {
            target = written;
          }
          commit.run();
        } finally {
          lock.writeLock().unlock();
        }
        ok = true;
      } finally {
        synchronized (turns) {
          committing = false;
          if (ok) {
            committed = Math.max(committed, target);
          }
          turns.notifyAll();
        }
      }
    }
  }
}
