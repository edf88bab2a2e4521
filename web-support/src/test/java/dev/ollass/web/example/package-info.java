@NullMarked
package dev.ollass.web.example;

import org.jspecify.annotations.NullMarked;
