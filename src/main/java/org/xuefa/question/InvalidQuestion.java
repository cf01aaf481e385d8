package org.xuefa.question;

import org.xuefa.web.HttpFailure;

/** A question that breaks a rule of the bank; the message says which, in words a trainer can act on. */
public class InvalidQuestion extends HttpFailure {

  public InvalidQuestion(String reason) {
    super(400, reason);
  }
}
