package org.ccbench.journeys;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** What a phone's screen shows: the page's width, and whether a text is on screen rather than swiped off it. */
final class PhoneScreen {

    private PhoneScreen() {
    }

    /** The page's width in CSS pixels; wider than the phone means the respondent or user has to swipe the page. */
    static long pageWidth(WebDriver driver) {
        return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
    }

    /**
     * Whether an element showing exactly this text lies wholly between the screen's left and right edges (a grid
     * column scrolled out of its grid lies beyond the right edge; a hidden element has no width).
     */
    static boolean showsText(WebDriver driver, String text) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                    .filter(element => element.children.length === 0 && element.textContent.trim() === arguments[0])
                    .some(element => {
                        const box = element.getBoundingClientRect();
                        return box.width > 0 && box.left >= 0 && box.right <= width;
                    });""", text));
    }
}
